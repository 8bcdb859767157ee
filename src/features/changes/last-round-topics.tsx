import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { filterMeetings } from '@/view/filter-records';
import { formatPartialDate } from '@/lib/dates';
import { DataText } from '@/components/ui/data-text';
import { PanelSection } from '@/components/ui/panel-section';
import { describeChanges, describeTopicGap } from '@/features/changes/changes-series';
import { ChangesTopicNames } from '@/features/changes/changes-topic-names';
import { lastHeldRound } from '@/features/changes/last-round';
import { overviewDialogue } from '@/domain/overview-dialogue';
import { LINK_STYLE } from '@/lib/link-style';

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
        <DetailLink target={{ kind: 'changes', id: changes.meeting.id }} className={LINK_STYLE}>
          What changed, with the quotes
        </DetailLink>
      </p>
      {gap !== null ? (
        <p className="mt-2 text-sm">Topics are not compared: {gap}.</p>
      ) : (
        <ChangesTopicNames changes={changes} className="mt-2 space-y-1 text-sm" />
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
