import type { LoadedDataset } from '@/domain/dataset-index';
import type { DetailTarget } from '@/view/detail';
import {
  citationEvidence,
  groupCitationsBySubject,
  type Citation,
} from '@/features/sources/sources-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';

export type SourceCitationsProps = {
  citations: readonly Citation[];
  dataset: LoadedDataset;
  onOpenDetail: (target: DetailTarget) => void;
};

/** A source's citations grouped by the record they belong to, each fact with its quote. */
export function SourceCitations({ citations, dataset, onOpenDetail }: SourceCitationsProps) {
  if (citations.length === 0) {
    return <p className="mt-2 text-sm text-muted">No fact in the dataset quotes this source.</p>;
  }
  return (
    <ul className="mt-2 space-y-5">
      {groupCitationsBySubject(citations).map(({ subject, citations: group }) => {
        // Meetings, commitments, review editions and contacts have a detail of their own to open.
        const kind =
          subject.kind === 'meeting' ||
          subject.kind === 'commitment' ||
          subject.kind === 'review' ||
          subject.kind === 'contact'
            ? subject.kind
            : null;
        return (
          <li key={`${subject.kind}:${subject.id}`}>
            <div className="flex flex-wrap items-baseline gap-x-3">
              <h4 className="text-sm font-semibold wrap-anywhere">{subject.label}</h4>
              {kind && (
                <Button
                  variant="link"
                  className="text-xs"
                  onClick={() => onOpenDetail({ kind, id: subject.id })}
                >
                  Open {kind}
                  <span className="sr-only">: {subject.label}</span>
                </Button>
              )}
            </div>
            <ul className="mt-2 space-y-3">
              {group.map((citation, index) => (
                <li key={index}>
                  <p className="mb-1 text-sm wrap-anywhere">{citation.fact}</p>
                  <EvidenceList evidence={[citationEvidence(citation)]} dataset={dataset} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
