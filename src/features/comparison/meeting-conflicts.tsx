import type { Conflict } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DetailList } from '@/components/ui/detail-list';
import type { CountNoun } from '@/lib/show-more';

const CONFLICT: CountNoun = { one: 'conflict', other: 'conflicts' };

export type MeetingConflictsProps = {
  conflicts: readonly Conflict[];
};

/** The "Sources disagree" box: each recorded conflict with its competing claims and our resolution. */
export function MeetingConflicts({ conflicts }: MeetingConflictsProps) {
  if (conflicts.length === 0)
    return (
      <p className="mt-4 text-sm text-muted">
        No conflicts between sources are recorded for this meeting.
      </p>
    );
  return (
    <aside
      aria-labelledby="comparison-conflicts-title"
      className="mt-4 rounded-lg border border-line bg-surface p-4"
    >
      <h4 id="comparison-conflicts-title" className="font-semibold">
        Sources disagree
      </h4>
      <DetailList
        items={conflicts}
        noun={CONFLICT}
        className="mt-3 space-y-4"
        itemKey={(conflict) => conflict.id}
        renderItem={(conflict) => (
          <>
            <p className="font-medium wrap-anywhere">{conflict.subject}</p>
            <ol aria-label="Competing claims" className="mt-2 grid gap-3 md:grid-cols-2">
              {conflict.claims.map((claim, index) => (
                <li key={index} className="min-w-0">
                  <p className="mb-2 text-sm wrap-anywhere">
                    <span className="font-medium">Claim {index + 1}: </span>
                    {claim.value}
                  </p>
                  <EvidenceList evidence={claim.evidence} />
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm wrap-anywhere">
              <span className="font-medium">Resolution: </span>
              {conflict.resolution}
            </p>
          </>
        )}
      />
    </aside>
  );
}
