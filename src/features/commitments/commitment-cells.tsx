import { FLAG_LABELS } from '@/domain/commitment-flags';
import type { CommitmentRow } from '@/features/commitments/commitment-rows';
import { cn } from '@/lib/cn';

/** Completion in the kind's words, ✓ when complete, the term, flags and positions taken. */
export function CompletionCell({ row }: { row: CommitmentRow }) {
  return (
    <>
      <span
        className={row.status.endsWith('reversed') ? 'font-semibold text-danger' : 'font-medium'}
      >
        {row.completion}
      </span>
      {row.complete && (
        <>
          <span aria-hidden="true"> ✓</span>
          <span className="sr-only"> (complete)</span>
        </>
      )}
      {row.term && <span className="block text-xs text-muted">{row.term}</span>}
      {row.quiet && <span className="block text-xs text-muted italic">{FLAG_LABELS.quiet}</span>}
      {row.overdue && (
        <span className="block text-xs font-semibold text-danger">{FLAG_LABELS.overdue}</span>
      )}
      {(row.welcomed > 0 || row.criticised > 0) && (
        <span className="block text-xs text-muted">
          {[
            row.welcomed > 0 && `welcomed\u00a0×${row.welcomed}`,
            row.criticised > 0 && `criticised\u00a0×${row.criticised}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
    </>
  );
}

/** The practice headline with whose word it is; a government-reported one says so, and what is missing. */
export function PracticeCellView({ row }: { row: CommitmentRow }) {
  const { practice } = row;
  if (!practice) return <span className="text-muted">No finding recorded</span>;
  if (practice.governmentReported) {
    return (
      <>
        <span className="font-medium">{practice.label}</span>
        <span className="block text-xs">Government-reported, {practice.date}</span>
        <span className="block text-xs text-muted">
          No assessment from outside the Kazakh government recorded
        </span>
      </>
    );
  }
  return (
    <>
      <span className="font-medium">{practice.label}</span>
      <span className="block text-xs text-muted">
        {practice.voice}, {practice.date}
      </span>
    </>
  );
}

/** The legend's colour for each status, as a class (light to dark blue as a reform advances). */
const STATUS_DOT: Record<CommitmentRow['status'], string> = {
  'no-evidence': 'bg-status-0',
  announced: 'bg-status-1',
  'in-preparation': 'bg-status-2',
  adopted: 'bg-status-3',
  complete: 'bg-status-5',
  'partly-reversed': 'bg-status-partly-reversed',
  reversed: 'bg-status-reversed',
};

/**
 * Completion as a badge for a card: the legend's colour, the kind's words and ✓ when complete;
 * a reversal in red and bold, so neither rests on colour alone.
 */
export function CompletionBadge({ row }: { row: CommitmentRow }) {
  const reversed = row.status.endsWith('reversed');
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs',
        reversed ? 'border-danger font-semibold text-danger' : 'border-line font-medium',
      )}
    >
      <span aria-hidden="true" className={cn('size-2.5 rounded-full', STATUS_DOT[row.status])} />
      {/* A card has no column header to say what the words are. */}
      <span className="sr-only">Completion: </span>
      {row.completion}
      {row.complete && (
        <>
          <span aria-hidden="true">✓</span>
          <span className="sr-only"> (complete)</span>
        </>
      )}
    </span>
  );
}

/** Practice on one line: "Applied with shortfalls (UN or intergovernmental body, 2025)". */
export function PracticeLine({ row }: { row: CommitmentRow }) {
  const { practice } = row;
  return (
    <p className="mt-1 text-xs">
      <span className="font-medium">Practice: </span>
      {!practice ? (
        <span className="text-muted">no finding recorded</span>
      ) : (
        <>
          {practice.label}{' '}
          <span className="text-muted">
            (
            {practice.governmentReported
              ? `government-reported, ${practice.date}; no outside assessment recorded`
              : `${practice.voice}, ${practice.date}`}
            )
          </span>
        </>
      )}
    </p>
  );
}
