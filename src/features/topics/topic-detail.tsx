import { useId, useMemo } from 'react';
import { READOUT_PALETTE } from '@/components/chart/palette';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';
import { buttonStyle } from '@/components/ui/button-style';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import type { ContentsEntry } from '@/lib/contents-list';
import type { CountNoun } from '@/lib/show-more';
import { DetailLink } from '@/view/detail-link';
import { useView } from '@/view/use-view';
import { READOUT_LABELS } from '@/domain/labels';
import type { Topic } from '@/domain/schema';
import { filterMeetings } from '@/view/filter-records';
import { formatPartialDate } from '@/lib/dates';
import { topicEvidence, type TopicMeetingEvidence } from '@/features/topics/topic-evidence';
import { DataText } from '@/components/ui/data-text';
import { LINK_STYLE } from '@/lib/link-style';

export type TopicDetailProps = { id: string };

const MEETING: CountNoun = { one: 'meeting', other: 'meetings' };
const COMMITMENT: CountNoun = { one: 'commitment', other: 'commitments' };

const SECTIONS = {
  meetings: { id: 'topic-meetings-title', label: 'Meetings that raised it' },
  commitments: { id: 'topic-commitments-title', label: 'Commitments tagged with this topic' },
} as const satisfies Record<string, ContentsEntry>;

const GROUP_LABEL = {
  'rule-of-law': 'Rule of law',
  'civil-political': 'Civil and political rights',
  protection: 'Protection',
  governance: 'Governance',
  cooperation: 'Cooperation',
} as const satisfies Record<Topic['group'], string>;

/** A topic's definition, the quotes from each meeting that raised it, and its commitments. */
export function TopicDetail({ id }: TopicDetailProps) {
  const { dataset, filters, toggleFilter, openDetail, closeDetail } = useView();
  const topic = dataset.index.topicById.get(id);
  // The topic filter is ignored here: this detail is about one topic, whatever else is selected.
  const shown = useMemo(
    () => topicEvidence(dataset, id, filterMeetings(dataset, { ...filters, topics: [] })),
    [dataset, id, filters],
  );
  const allCount = useMemo(
    () => topicEvidence(dataset, id, dataset.index.meetingsByDate).meetings.length,
    [dataset, id],
  );
  const hidden = allCount - shown.meetings.length;
  const selected = filters.topics.includes(id);
  const headingIds = useId();

  return (
    <Drawer
      open
      title={topic?.label ?? 'Unknown topic'}
      kicker="Topic"
      onClose={closeDetail}
      contents={topic ? Object.values(SECTIONS) : undefined}
    >
      {topic ? (
        <EvidenceScope
          dataset={dataset}
          onOpenSource={(sourceId) => openDetail({ kind: 'source', id: sourceId })}
        >
          <div className="space-y-6">
            <div>
              <p>{topic.definition}</p>
              <p className="mt-1 text-sm text-muted">Group: {GROUP_LABEL[topic.group]}</p>
              <Button
                variant={selected ? 'secondary' : 'primary'}
                className="mt-3"
                onClick={() => toggleFilter('topics', id)}
              >
                {selected ? 'Remove this topic from the filter' : 'Filter by this topic'}
              </Button>
            </div>
            <section aria-labelledby={SECTIONS.meetings.id}>
              <h3 id={SECTIONS.meetings.id} className="font-semibold">
                {SECTIONS.meetings.label}
              </h3>
              <p className="mt-1 text-sm text-muted">
                {shown.meetings.length === 1 ? '1 meeting' : `${shown.meetings.length} meetings`}{' '}
                under the current filters
                {hidden > 0 && `; ${hidden} more hidden by the filters (${allCount} in all)`}.
              </p>
              <DetailList
                items={shown.meetings}
                noun={MEETING}
                ordered
                className="mt-3 space-y-5"
                itemKey={(entry) => entry.meeting.id}
                itemClassName="rounded-lg border border-line p-3"
                itemProps={(entry) => ({ 'aria-labelledby': `${headingIds}-${entry.meeting.id}` })}
                renderItem={(entry) => (
                  <MeetingEvidence entry={entry} headingId={`${headingIds}-${entry.meeting.id}`} />
                )}
              />
            </section>
            <section aria-labelledby={SECTIONS.commitments.id}>
              <h3 id={SECTIONS.commitments.id} className="font-semibold">
                {SECTIONS.commitments.label}
              </h3>
              <DetailList
                items={shown.commitments}
                noun={COMMITMENT}
                emptyText="No commitment is tagged with this topic."
                emptyClassName="mt-1"
                itemKey={(commitment) => commitment.id}
                className="mt-2 space-y-1"
                renderItem={(commitment) => (
                  <DetailLink
                    target={{ kind: 'commitment', id: commitment.id }}
                    className={LINK_STYLE}
                  >
                    {commitment.title}
                  </DetailLink>
                )}
              />
            </section>
          </div>
        </EvidenceScope>
      ) : (
        <p>No topic with the id “{id}” is in the dataset.</p>
      )}
    </Drawer>
  );
}

type MeetingEvidenceProps = {
  entry: TopicMeetingEvidence;
  /** The id of the heading that names the list item around it. */
  headingId: string;
};

function MeetingEvidence({ entry, headingId }: MeetingEvidenceProps) {
  const { dataset } = useView();
  const { meeting } = entry;
  const dialogue = dataset.index.dialogueById.get(meeting.dialogue);
  const round = meeting.round === null ? 'Unnumbered meeting' : `Round ${meeting.round}`;
  return (
    <>
      <h4 id={headingId} className="font-medium">
        <DataText>{dialogue?.shortName ?? meeting.dialogue}</DataText> · {round} ·{' '}
        {formatPartialDate(meeting.date.value, meeting.date.uncertain)}
      </h4>
      {entry.group && (
        <p className="text-sm text-muted">Raised by: {READOUT_PALETTE[entry.group].label}</p>
      )}
      {entry.raised.map((raised) => (
        <div key={raised.readout} className="mt-3">
          <h5 className="text-sm font-semibold">{READOUT_LABELS[raised.readout]}</h5>
          <EvidenceList className="mt-1" evidence={raised.evidence} />
        </div>
      ))}
      <DetailLink
        target={{ kind: 'meeting', id: meeting.id }}
        className={buttonStyle('secondary', 'mt-3 inline-flex items-center')}
      >
        Open the meeting
        <span className="sr-only">
          {' '}
          <DataText>{entry.label}</DataText>
        </span>
      </DetailLink>
    </>
  );
}
