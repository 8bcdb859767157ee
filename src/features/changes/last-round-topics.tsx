import { useMemo, type ReactNode } from 'react';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { filterMeetings } from '@/view/filter-records';
import { formatPartialDate } from '@/lib/dates';
import { DataText } from '@/components/ui/data-text';
import { PanelSection } from '@/components/ui/panel-section';
import {
  describeChanges,
  describeTopicGap,
  type TopicChange,
} from '@/features/changes/changes-series';
import { lastHeldRound } from '@/features/changes/last-round';
import { overviewDialogue } from '@/domain/overview-dialogue';

const LINK = 'text-accent underline underline-offset-2 hover:no-underline';

/**
 * The Overview's answer to "what did they talk about": the topics of the newest round held (of the
 * filtered meetings, as of the "View as of" date), marked new, again or dropped against the round
 * before, and what that round agreed for the next one.
 */
export function LastRoundTopics() {
  const { dataset, filters, referenceDate } = useView();
  const dialogue = overviewDialogue(dataset, filters.dialogue);
  const changes = useMemo(() => {
    if (!dialogue) return null;
    const round = lastHeldRound(filterMeetings(dataset, filters), dialogue.id, referenceDate);
    return round ? describeChanges(dataset, round.id, referenceDate) : null;
  }, [dataset, filters, dialogue, referenceDate]);
  if (!dialogue) return null;

  if (!changes) {
    return (
      <PanelSection name="last-round" title="What the last round discussed" className="mt-8">
        <p className="mt-1 text-sm">No held round of this dialogue matches the filters.</p>
      </PanelSection>
    );
  }
  const gap = describeTopicGap(changes);
  const topic = (item: TopicChange) => (
    <DetailLink
      target={{ kind: 'topic', id: item.topicId }}
      className={`${LINK} inline-flex min-h-6 items-center`}
    >
      <DataText>{item.label}</DataText>
    </DetailLink>
  );
  return (
    <PanelSection
      name="last-round"
      title={
        <>
          What <DataText>{changes.meetingLabel}</DataText> discussed
        </>
      }
      className="mt-8"
    >
      <p className="mt-1 text-sm text-muted">
        {formatPartialDate(changes.meeting.date.value)}
        {changes.previousLabel !== null && (
          <>
            , compared with <DataText>{changes.previousLabel}</DataText>
          </>
        )}
        .{' '}
        <DetailLink target={{ kind: 'changes', id: changes.meeting.id }} className={LINK}>
          What changed, with the quotes
        </DetailLink>
      </p>
      {gap !== null ? (
        <p className="mt-2 text-sm">Topics are not compared: {gap}.</p>
      ) : (
        <dl className="mt-2 space-y-1 text-sm">
          <TopicRow title="New" topics={changes.topicsAdded} render={topic} />
          <TopicRow title="Again" topics={changes.topicsKept} render={topic} />
          <TopicRow title="Dropped" topics={changes.topicsDropped} render={topic} />
        </dl>
      )}
      {changes.agreedNext.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="font-medium">Agreed next: </span>
          {changes.agreedNext.map((agreed, index) => (
            <span key={index}>
              {index > 0 && '; '}
              <DataText>{agreed.text}</DataText>
              {agreed.meeting?.standingNote && (
                <span className="text-danger"> — {agreed.meeting.standingNote}</span>
              )}
            </span>
          ))}
        </p>
      )}
    </PanelSection>
  );
}

type TopicRowProps = {
  title: string;
  topics: readonly TopicChange[];
  render: (topic: TopicChange) => ReactNode;
};

function TopicRow({ title, topics, render }: TopicRowProps) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium">
        {title} ({topics.length}):
      </dt>
      <dd>
        {topics.length === 0 ? (
          <span className="text-muted">none</span>
        ) : (
          <ul className="inline">
            {topics.map((item, index) => (
              <li key={item.topicId} className="inline">
                {index > 0 && ', '}
                {render(item)}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}
