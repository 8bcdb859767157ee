import { DataTextList } from '@/components/ui/data-text';
import type { LoadedDataset } from '@/domain/dataset-index';
import { READOUT_LABELS } from '@/domain/labels';
import type { Readout } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';
import { DetailLink } from '@/view/detail-link';
import {
  readoutInSentence,
  type ComparedTopic,
  type ReadoutComparison,
} from '@/features/comparison/readout-comparison';

export type ReadoutColumnsProps = {
  comparison: ReadoutComparison;
  dataset: LoadedDataset;
  onOpenSource: (sourceId: string) => void;
};

/** Which topics each side's text raised, side by side (stacked on phones), with the quotes. */
export function ReadoutColumns({ comparison, dataset, onOpenSource }: ReadoutColumnsProps) {
  const count = comparison.columns.length;
  const grid = count >= 3 ? 'md:grid-cols-2 lg:grid-cols-3' : count === 2 ? 'md:grid-cols-2' : '';
  return (
    <div className="mt-4 space-y-4">
      <SideSummary comparison={comparison} />
      <div className={cn('grid gap-4', grid)}>
        {comparison.columns.map((column) => (
          <div
            key={column.readout}
            className="min-w-0 rounded-lg border border-line bg-surface p-4"
          >
            <h4 className="font-semibold">{READOUT_LABELS[column.readout]}</h4>
            <p className="text-sm text-muted">
              {column.topics.length === 1 ? '1 topic' : `${column.topics.length} topics`}
            </p>
            <ul
              aria-label={`Topics in ${readoutInSentence(column.readout)}`}
              className="mt-3 space-y-4"
            >
              {withRepeatsMarked(column.topics).map(({ topic, evidence, repeatedFrom }) => (
                <li key={topic.topicId}>
                  <div className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1">
                    <DetailLink
                      target={{ kind: 'topic', id: topic.topicId }}
                      className={cn(LINK_STYLE, 'font-medium')}
                    >
                      {topic.label}
                    </DetailLink>
                    <TopicMarker topic={topic} readout={column.readout} />
                  </div>
                  {evidence.length > 0 && (
                    <EvidenceList
                      evidence={evidence}
                      dataset={dataset}
                      onOpenSource={onOpenSource}
                    />
                  )}
                  {repeatedFrom.length > 0 && (
                    <p className="text-xs text-muted">
                      Same quote as shown above for {repeatedFrom.join(', ')}.
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

type ColumnTopic = ReadoutComparison['columns'][number]['topics'][number];

/**
 * One readout often names several topics in one sentence; each quote is shown once, under the first
 * topic it supports, and later topics point back to it.
 */
function withRepeatsMarked(topics: readonly ColumnTopic[]) {
  const firstShownUnder = new Map<string, string>();
  return topics.map(({ topic, evidence }) => {
    const repeatedFrom = new Set<string>();
    const fresh = evidence.filter((item) => {
      const key = `${item.source}\u0000${item.quote}`;
      const shownUnder = firstShownUnder.get(key);
      if (shownUnder !== undefined) {
        repeatedFrom.add(shownUnder);
        return false;
      }
      firstShownUnder.set(key, topic.label);
      return true;
    });
    return { topic, evidence: fresh, repeatedFrom: [...repeatedFrom] };
  });
}

function TopicMarker({ topic, readout }: { topic: ComparedTopic; readout: Readout }) {
  if (topic.onlyOne)
    return (
      <span className="rounded border border-ink px-1.5 text-xs font-semibold">
        Only in {readoutInSentence(topic.onlyOne)}
      </span>
    );
  const others = topic.raisedIn.filter((other) => other !== readout).map(readoutInSentence);
  return <span className="text-xs text-muted">Also in {others.join(' and ')}</span>;
}

function SideSummary({ comparison }: { comparison: ReadoutComparison }) {
  const lists = [
    { title: 'Only the US side raised', topics: comparison.usOnly },
    { title: 'Only the Kazakh side raised', topics: comparison.kzOnly },
    { title: 'Both sides raised (a joint statement counts for both)', topics: comparison.both },
  ];
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-3">
      {lists.map((list) => (
        <div key={list.title} className="rounded-md border border-line bg-page p-3">
          <dt className="font-medium">
            {list.title} ({list.topics.length})
          </dt>
          <dd className="mt-1 text-muted">
            {list.topics.length === 0 ? (
              'None'
            ) : (
              <DataTextList values={list.topics.map((topic) => topic.label)} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
