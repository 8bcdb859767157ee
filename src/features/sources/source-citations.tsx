import { useMemo } from 'react';
import { DetailLink } from '@/view/detail-link';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { CountNoun } from '@/lib/show-more';
import {
  citationEvidence,
  groupCitationsBySubject,
  type Citation,
} from '@/features/sources/sources-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DetailList } from '@/components/ui/detail-list';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

const RECORD: CountNoun = { one: 'record', other: 'records' };
const FACT: CountNoun = { one: 'fact', other: 'facts' };
/** A source of the record supports up to 13 records of up to 16 facts: twenty keep them whole. */
const CITATIONS_SHOWN = 20;

export type SourceCitationsProps = {
  citations: readonly Citation[];
  dataset: LoadedDataset;
};

/** A source's citations grouped by the record they belong to, each fact with its quote. */
export function SourceCitations({ citations, dataset }: SourceCitationsProps) {
  const groups = useMemo(() => groupCitationsBySubject(citations), [citations]);
  return (
    <DetailList
      items={groups}
      pageSize={CITATIONS_SHOWN}
      noun={RECORD}
      emptyText="No fact in the dataset quotes this source."
      emptyClassName="mt-2"
      className="mt-2 space-y-5"
      itemKey={({ subject }) => `${subject.kind}:${subject.id}`}
      renderItem={({ subject, citations: group }) => {
        // Meetings, commitments, review editions and contacts have a detail of their own to open.
        const kind =
          subject.kind === 'meeting' ||
          subject.kind === 'commitment' ||
          subject.kind === 'review' ||
          subject.kind === 'contact'
            ? subject.kind
            : null;
        return (
          <>
            <div className="flex flex-wrap items-baseline gap-x-3">
              <h4 className="text-sm font-semibold wrap-anywhere">{subject.label}</h4>
              {kind && (
                <DetailLink
                  target={{ kind, id: subject.id }}
                  className={cn(LINK_STYLE, 'inline-flex min-h-6 items-center text-xs')}
                >
                  Open {kind}
                  <span className="sr-only">: {subject.label}</span>
                </DetailLink>
              )}
            </div>
            <DetailList
              items={group}
              pageSize={CITATIONS_SHOWN}
              noun={FACT}
              className="mt-2 space-y-3"
              renderItem={(citation) => (
                <>
                  <p className="mb-1 text-sm wrap-anywhere">{citation.fact}</p>
                  <EvidenceList evidence={[citationEvidence(citation)]} dataset={dataset} />
                </>
              )}
            />
          </>
        );
      }}
    />
  );
}
