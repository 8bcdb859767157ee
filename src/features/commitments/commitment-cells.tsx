import { FLAG_LABELS } from '@/domain/commitment-flags';
import type { CommitmentRow } from '@/features/commitments/commitment-rows';

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
