import { useEffect } from 'react';
import { DetailLink } from '@/view/detail-link';
import { conflictAnchorId, conflictIdFromAnchor } from '@/domain/conflicts-applying';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { DetailTarget } from '@/view/detail';
import { useAddressFragment } from '@/view/use-address-fragment';
import type { ConflictRow } from '@/features/sources/conflicts-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { BoundedList } from '@/components/ui/bounded-list';
import { DataText } from '@/components/ui/data-text';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

/** Conflicts shown at first and per "Show more": each holds its claims with their quotes. */
const PAGE_SIZE = 3;
const NOUN = { one: 'conflict', other: 'conflicts' };

export type ConflictListProps = {
  conflicts: readonly ConflictRow[];
  dataset: LoadedDataset;
  onOpenDetail: (target: DetailTarget) => void;
};

function AboutLine({ about }: { about: ConflictRow['about'] }) {
  return (
    <p className="text-sm text-muted">
      About the {about.kind}:{' '}
      <DetailLink target={{ kind: about.kind, id: about.id }} className={LINK_STYLE}>
        <DataText>{about.label}</DataText>
      </DetailLink>
    </p>
  );
}

/**
 * The conflict the address names (`#conflict-<id>`, from a link where it applies) and its place in
 * the list, or -1; once it is named, it is scrolled into view after it is rendered.
 */
function useLinkedConflict(conflicts: readonly ConflictRow[]): {
  id: string | null;
  index: number;
} {
  const id = conflictIdFromAnchor(useAddressFragment());
  const index = id === null ? -1 : conflicts.findIndex((conflict) => conflict.id === id);
  const found = index !== -1;
  useEffect(() => {
    if (found && id !== null)
      document.getElementById(conflictAnchorId(id))?.scrollIntoView({ block: 'start' });
  }, [found, id]);
  return { id: found ? id : null, index };
}

/**
 * Each recorded conflict, with an anchor other pages link to: its subject, the competing claims
 * side by side, and the resolution; the first page (or up to the conflict a link names), and more
 * on request.
 */
export function ConflictList({ conflicts, dataset, onOpenDetail }: ConflictListProps) {
  const linked = useLinkedConflict(conflicts);
  return (
    <BoundedList
      items={conflicts}
      pageSize={PAGE_SIZE}
      shownAtLeast={linked.index + 1}
      noun={NOUN}
      label="Conflicts between sources"
      className="mt-3 space-y-4"
      itemProps={(conflict) => ({
        id: conflictAnchorId(conflict.id),
        className: cn(
          'scroll-mt-32 rounded-lg border bg-surface p-4 sm:scroll-mt-56 md:scroll-mt-44',
          conflict.id === linked.id ? 'border-accent ring-2 ring-accent' : 'border-line',
        ),
      })}
      itemKey={(conflict) => conflict.id}
      renderItem={(conflict) => (
        <>
          <h4 className="font-medium wrap-anywhere">{conflict.subject}</h4>
          <AboutLine about={conflict.about} />
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
