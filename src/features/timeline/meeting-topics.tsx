import { useMemo } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { READOUT_LABELS } from '@/domain/labels';
import type { Meeting, Readout } from '@/domain/schema';
import { DetailLink } from '@/view/detail-link';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { BoundedList } from '@/components/ui/bounded-list';
import { formatCount } from '@/lib/format-count';
import type { CountNoun } from '@/lib/show-more';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

export type MeetingTopicsProps = {
  meeting: Meeting;
  dataset: LoadedDataset;
};

const READOUT_ORDER: readonly Readout[] = [
  'joint-statement',
  'us-statement',
  'kazakh-readout',
  'eu-statement',
];

const TOPIC: CountNoun = { one: 'topic', other: 'topics' };
/** A readout raises up to a dozen topics; a longer list from data starts with twenty. */
const TOPICS_SHOWN = 20;

/** The topics of a meeting grouped by the readout that raised them, side by side on wide screens. */
export function MeetingTopics({ meeting, dataset }: MeetingTopicsProps) {
  const groups = useMemo(
    () =>
      READOUT_ORDER.map((readout) => ({
        readout,
        topics: meeting.topics.filter((raised) => raised.raisedIn === readout),
      })).filter((group) => group.topics.length > 0),
    [meeting.topics],
  );
  if (groups.length === 0)
    return <p className="text-sm text-muted">No source read for this meeting lists its topics.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <div key={group.readout} className="min-w-0">
          <h4 className="text-sm font-semibold">
            {READOUT_LABELS[group.readout]} ({formatCount(group.topics.length)})
          </h4>
          <BoundedList
            items={group.topics}
            pageSize={TOPICS_SHOWN}
            noun={TOPIC}
            className="mt-2 space-y-3"
            renderItem={(raised) => (
              <>
                <DetailLink
                  target={{ kind: 'topic', id: raised.topic }}
                  className={cn(
                    LINK_STYLE,
                    'inline-flex min-h-6 items-center text-sm font-medium wrap-anywhere',
                  )}
                >
                  {dataset.index.topicById.get(raised.topic)?.label ?? raised.topic}
                </DetailLink>
                <EvidenceList evidence={raised.evidence} />
              </>
            )}
          />
        </div>
      ))}
    </div>
  );
}
