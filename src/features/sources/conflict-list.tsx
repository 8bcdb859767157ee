import type { LoadedDataset } from '@/domain/dataset-index';
import type { DetailTarget } from '@/view/detail';
import type { ConflictRow } from '@/features/sources/conflicts-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';
import { BoundedList } from '@/components/ui/bounded-list';
import { DataText } from '@/components/ui/data-text';

/** Conflicts shown at first and per "Show more": each holds its claims with their quotes. */
const PAGE_SIZE = 3;
const NOUN = { one: 'conflict', other: 'conflicts' };

export type ConflictListProps = {
  conflicts: readonly ConflictRow[];
  dataset: LoadedDataset;
  onOpenDetail: (target: DetailTarget) => void;
};

function AboutLine({
  about,
  onOpenDetail,
}: {
  about: ConflictRow['about'];
  onOpenDetail: ConflictListProps['onOpenDetail'];
}) {
  return (
    <p className="text-sm text-muted">
      About the {about.kind}:{' '}
      <Button variant="link" onClick={() => onOpenDetail({ kind: about.kind, id: about.id })}>
        <DataText>{about.label}</DataText>
      </Button>
    </p>
  );
}

/**
 * Each recorded conflict: its subject, the competing claims side by side, and the resolution; the
 * first page, and more on request.
 */
export function ConflictList({ conflicts, dataset, onOpenDetail }: ConflictListProps) {
  return (
    <BoundedList
      items={conflicts}
      pageSize={PAGE_SIZE}
      noun={NOUN}
      label="Conflicts between sources"
      className="mt-3 space-y-4"
      itemClassName="rounded-lg border border-line bg-surface p-4"
      itemKey={(conflict) => conflict.id}
      renderItem={(conflict) => (
        <>
          <h4 className="font-medium wrap-anywhere">{conflict.subject}</h4>
          <AboutLine about={conflict.about} onOpenDetail={onOpenDetail} />
          <ol className="mt-3 grid gap-3 md:grid-cols-2" aria-label="Claims">
            {conflict.claims.map((claim, index) => (
              <li key={index} className="min-w-0">
                <p className="mb-2 text-sm font-medium wrap-anywhere">
                  Claim {index + 1}: {claim.value}
                </p>
                <EvidenceList
                  evidence={claim.evidence}
                  dataset={dataset}
                  onOpenSource={(id) => onOpenDetail({ kind: 'source', id })}
                />
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm wrap-anywhere">
            <span className="font-medium">Resolution: </span>
            {conflict.resolution}
          </p>
        </>
      )}
    />
  );
}
