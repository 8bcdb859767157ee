import type { RoundRow } from '@/features/overview/overview-series';
import { DetailLink } from '@/view/detail-link';

/**
 * A round's number as a real link to its detail: a plain click opens the detail in place; a middle
 * click, Ctrl/⌘-click or "Copy link" get its address, filters included. `long` writes "Round 3"
 * where no column header says what the number is.
 */
export function RoundLink({ row, long = false }: { row: RoundRow; long?: boolean }) {
  // The visible number alone would be a vague link name; the label keeps it and says what it is.
  const label =
    row.round === 'Not numbered' ? `Not numbered meeting, ${row.date}` : `Round ${row.round}`;
  return (
    <DetailLink
      target={{ kind: 'meeting', id: row.id }}
      aria-label={label}
      className="inline-flex min-h-6 min-w-6 items-center text-accent tabular-nums underline underline-offset-2"
    >
      {long && row.round !== 'Not numbered' ? label : row.round}
    </DetailLink>
  );
}
