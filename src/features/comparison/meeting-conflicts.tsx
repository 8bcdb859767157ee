import type { Conflict } from '@/domain/schema';
import { ConflictNotes } from '@/view/conflict-link';

export type MeetingConflictsProps = {
  conflicts: readonly Conflict[];
};

/**
 * The "Sources disagree" box: one line per recorded conflict that applies to the meeting, each
 * linking to the conflict's claims, quotes and resolution on the Sources page.
 */
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
      <ConflictNotes conflicts={conflicts} lead={false} className="mt-2 list-disc space-y-1 pl-5" />
    </aside>
  );
}
