import type { ReactNode } from 'react';
import { conflictAnchorId } from '@/domain/conflicts-applying';
import { PageLink } from '@/view/page-link';
import { LINK_STYLE } from '@/lib/link-style';

export type ConflictLinkProps = { conflictId: string; className?: string; children: ReactNode };

/**
 * A real link to a conflict in its one home, the Sources page, with the current filters: both
 * claims and their quotes are there.
 */
export function ConflictLink({ conflictId, className = LINK_STYLE, children }: ConflictLinkProps) {
  return (
    <PageLink page="sources" hash={conflictAnchorId(conflictId)} className={className}>
      {children}
    </PageLink>
  );
}

export type ConflictNotesProps = {
  conflicts: readonly { id: string; subject: string }[];
  /** Whether each line starts "Sources disagree:" (not under a heading that says so). */
  lead?: boolean;
  className?: string;
};

/**
 * One line per conflict that applies where it is shown, each linking to the conflict on the
 * Sources page: "Sources disagree: Signing date of the 2024 media law — see the conflict".
 */
export function ConflictNotes({ conflicts, lead = true, className }: ConflictNotesProps) {
  if (conflicts.length === 0) return null;
  return (
    <ul aria-label="Where sources disagree" className={className}>
      {conflicts.map((conflict) => (
        <li key={conflict.id} className="text-sm wrap-anywhere">
          {lead && 'Sources disagree: '}
          <ConflictLink conflictId={conflict.id}>
            <bdi>{conflict.subject}</bdi> — see the conflict
          </ConflictLink>
        </li>
      ))}
    </ul>
  );
}
