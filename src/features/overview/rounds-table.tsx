import type { CoChairName, RoundRow } from '@/features/overview/overview-series';
import { DataText } from '@/components/ui/data-text';
import { DetailLink } from '@/view/detail-link';
import { RoundLink } from '@/features/overview/round-link';
import { StatusBadge } from '@/components/ui/status-badge';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import type { CountNoun } from '@/lib/show-more';

const ROUND: CountNoun = { one: 'round', other: 'rounds' };
/**
 * A dialogue holds a round or two a year, so 20 rounds are a decade or more; the first screen stays
 * short, and a file of 1,000 rounds (with their co-chairs, 20,000 elements) starts with 20.
 */
const ROUNDS_SHOWN = 20;

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
              {['Round', 'Date', 'Place', 'Co-chairs', 'Status'].map((header) => (
                <th
                  key={header}
                  scope="col"
                  className={`px-2 py-2 font-medium sm:px-4 ${header === 'Co-chairs' ? 'hidden md:table-cell' : ''}`}
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={listRef}>
            {rows.slice(0, count).map((row) => (
              <tr key={row.id} className="border-b border-line last:border-b-0">
                <td className="px-2 py-1.5 sm:px-3">
                  <RoundLink row={row} />
                </td>
                <td className="px-2 py-1.5 sm:px-3 sm:whitespace-nowrap">{row.date}</td>
                <td className="px-2 py-1.5 sm:px-3">
                  {row.place}
                  {/* Narrow screens have no co-chairs column: they follow the place. */}
                  <CoChairs names={row.coChairs} className="mt-0.5 text-xs text-muted md:hidden" />
                </td>
                <td className="hidden px-2 py-1.5 sm:px-3 md:table-cell">
                  <CoChairs names={row.coChairs} className="whitespace-nowrap" />
                </td>
                <td className="px-2 py-1.5 sm:px-3">
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

/** Each co-chair on a line with their side, or that no source names them (unknown stays unknown). */
function CoChairs({ names, className }: { names: readonly CoChairName[]; className?: string }) {
  if (names.length === 0) return <span className={`block ${className ?? ''}`}>Not named</span>;
  return names.map(({ id, name, side }) => (
    <span key={`${name}-${side}`} className={`block ${className ?? ''}`}>
      <DetailLink
        target={{ kind: 'person', id }}
        className="text-accent underline underline-offset-2 hover:no-underline"
      >
        <DataText>{name}</DataText>
      </DetailLink>{' '}
      ({side})
    </span>
  ));
}
