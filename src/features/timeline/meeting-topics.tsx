import type { LoadedDataset } from '@/domain/dataset-index';
import { READOUT_LABELS } from '@/domain/labels';
import type { Meeting, Readout } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';

export type MeetingTopicsProps = {
  meeting: Meeting;
  dataset: LoadedDataset;
  onOpenTopic: (topicId: string) => void;
  onOpenSource: (sourceId: string) => void;
};

const READOUT_ORDER: readonly Readout[] = [
  'joint-statement',
  'us-statement',
  'kazakh-readout',
  'eu-statement',
];

/** The topics of a meeting grouped by the readout that raised them, side by side on wide screens. */
export function MeetingTopics({ meeting, dataset, onOpenTopic, onOpenSource }: MeetingTopicsProps) {
  const groups = READOUT_ORDER.map((readout) => ({
    readout,
    topics: meeting.topics.filter((raised) => raised.raisedIn === readout),
  })).filter((group) => group.topics.length > 0);
  if (groups.length === 0)
    return <p className="text-sm text-muted">No source read for this meeting lists its topics.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <div key={group.readout}>
          <h4 className="text-sm font-semibold">
            {READOUT_LABELS[group.readout]} ({group.topics.length})
          </h4>
          <ul className="mt-2 space-y-3">
            {group.topics.map((raised) => (
              <li key={raised.topic}>
                <button
                  type="button"
                  onClick={() => onOpenTopic(raised.topic)}
                  className="min-h-6 text-left text-sm font-medium text-accent underline underline-offset-2"
                >
                  {dataset.index.topicById.get(raised.topic)?.label ?? raised.topic}
                </button>
                <EvidenceList
                  evidence={raised.evidence}
                  dataset={dataset}
                  onOpenSource={onOpenSource}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
