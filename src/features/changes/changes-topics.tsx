import type { LoadedDataset } from '@/domain/dataset-index';
import { READOUT_LABELS } from '@/domain/labels';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';
import { ChangesBlock } from '@/features/changes/changes-block';
import type { TopicChange } from '@/features/changes/changes-series';

export type ChangesTopicsProps = {
  title: string;
  topics: readonly TopicChange[];
  /** Whose quotes are shown, e.g. "Quotes from A round 3". */
  quotedFrom: string;
  emptyText: string;
  dataset: LoadedDataset;
  onOpenTopic: (topicId: string) => void;
  onOpenSource: (sourceId: string) => void;
};

/** One list of topics (added, dropped or raised again), each with its readouts and quotes. */
export function ChangesTopics({
  title,
  topics,
  quotedFrom,
  emptyText,
  dataset,
  onOpenTopic,
  onOpenSource,
}: ChangesTopicsProps) {
  return (
    <ChangesBlock title={`${title} (${topics.length})`}>
      {topics.length === 0 ? (
        <p className="text-sm text-muted">{emptyText}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{quotedFrom}</p>
          <ul className="space-y-4">
            {topics.map((topic) => (
              <li key={topic.topicId}>
                <Button
                  variant="link"
                  className="font-medium"
                  onClick={() => onOpenTopic(topic.topicId)}
                >
                  {topic.label}
                </Button>
                <span className="text-sm text-muted">
                  {' '}
                  ({topic.raisedIn.map((readout) => READOUT_LABELS[readout]).join(', ')})
                </span>
                <div className="mt-2">
                  <EvidenceList
                    evidence={topic.evidence}
                    dataset={dataset}
                    onOpenSource={onOpenSource}
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </ChangesBlock>
  );
}
