import type { RoundRow } from '@/features/overview/overview-series';
import { StatusBadge } from '@/components/ui/status-badge';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import type { CountNoun } from '@/lib/show-more';

const ROUND: CountNoun = { one: 'round', other: 'rounds' };
/** A dialogue holds a round or two a year; a file of 1,000 rounds (6,000 elements) starts with 100. */
const ROUNDS_SHOWN = 100;

export type RoundsTableProps = {
  rows: readonly RoundRow[];
  caption: string;
};

export function RoundsTable({ rows, caption }: RoundsTableProps) {
  const { count, listRef, showMore } = useShownCount(ROUNDS_SHOWN, rows);
  return (
    <>
      <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              {['Round', 'Date', 'Place', 'Status'].map((header) => (
                <th key={header} scope="col" className="px-2 py-2 font-medium sm:px-4">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={listRef}>
            {rows.slice(0, count).map((row) => (
              <tr key={row.id} className="border-b border-line last:border-b-0">
                <td className="px-2 py-2 tabular-nums sm:px-4">{row.round}</td>
                <td className="px-2 py-2 sm:px-4 sm:whitespace-nowrap">{row.date}</td>
                <td className="px-2 py-2 sm:px-4">{row.place}</td>
                <td className="px-2 py-2 sm:px-4">
                  <StatusBadge standing={row.standing} />
                  {row.standingNote && (
                    <span className="mt-0.5 block text-xs text-muted">{row.standingNote}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore {...showMore} noun={ROUND} />
    </>
  );
}
