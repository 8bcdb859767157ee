import type { CoChairName, RoundRow } from '@/features/overview/overview-series';
import { DataText } from '@/components/ui/data-text';
import { DetailLink } from '@/view/detail-link';
import { RoundLink } from '@/features/overview/round-link';
import { StatusBadge } from '@/components/ui/status-badge';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { cn } from '@/lib/cn';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import type { CountNoun } from '@/lib/show-more';
import { LINK_STYLE } from '@/lib/link-style';

const ROUND: CountNoun = { one: 'round', other: 'rounds' };
/**
 * A dialogue holds a round or two a year, so 20 rounds are a decade or more; the first screen stays
 * short, and a file of 1,000 rounds (with their co-chairs, 20,000 elements) starts with 20.
 */
const ROUNDS_SHOWN = 20;
const CELL = 'px-2 py-1.5';

export type RoundsTableProps = {
  rows: readonly RoundRow[];
  caption: string;
};

/**
 * The rounds as cards on a phone (the status at the top of each, nothing to scroll sideways) and as
 * a table wider up; CSS shows one of the two (src/phone-layout.css).
 */
export function RoundsTable({ rows, caption }: RoundsTableProps) {
  const { count, listRef, showMore } = useShownCount(ROUNDS_SHOWN, rows);
  const shown = rows.slice(0, count);
  return (
    <>
      <ol
        ref={listRef}
        aria-label={caption}
        data-only="phone"
        className="mt-2 divide-y divide-line rounded-lg border border-line bg-surface text-sm"
      >
        {shown.map((row) => (
          <li key={row.id} className="px-3 py-1">
            <div className="flex items-center justify-between gap-2">
              <p>
                <RoundLink row={row} long />
                {' · '}
                {row.date}
              </p>
              <StatusBadge standing={row.standing} />
            </div>
            <p className="text-xs">
              {row.place}
              <RoundNote row={row} />
            </p>
            <p className="text-xs">
              <CoChairs names={row.coChairs} inline />
            </p>
          </li>
        ))}
      </ol>
      <ScrollRegion
        label="Rounds table"
        data-only="wide"
        className="mt-3 rounded-lg border border-line bg-surface"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              {['Round', 'Date', 'Place', 'Co-chairs', 'Status'].map((header) => (
                <th key={header} scope="col" className="px-2 py-2 font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={listRef}>
            {shown.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-b-0">
                <td className={CELL}>
                  <RoundLink row={row} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>
                  {row.date}
                  <AgreedNext text={row.agreedNext} />
                </td>
                <td className={CELL}>{row.place}</td>
                <td className={CELL}>
                  <CoChairs names={row.coChairs} className="xl:whitespace-nowrap" />
                </td>
                <td className={CELL}>
                  <StatusBadge standing={row.standing} />
                  {row.standingNote && (
                    <span className="mt-0.5 block text-xs text-muted">{row.standingNote}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore {...showMore} noun={ROUND} />
    </>
  );
}

/** After a phone card's place: why a round is not confirmed, or what a held one agreed next. */
function RoundNote({ row }: { row: RoundRow }) {
  if (row.standingNote !== null) return <span className="text-muted"> · {row.standingNote}</span>;
  if (row.agreedNext === null) return null;
  return (
    <span className="text-muted">
      {' · Next: '}
      <DataText>{row.agreedNext}</DataText>
    </span>
  );
}

/** "Next: Washington, 2025": one short line under the round's date, which never makes a row taller. */
function AgreedNext({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <span className="mt-0.5 block text-xs text-muted">
      Next: <DataText>{text}</DataText>
    </span>
  );
}

/**
 * Each co-chair on a line with their side (`inline`: both on one line, as a phone's round card has
 * room for), or that no source names them (unknown stays unknown).
 */
function CoChairs({
  names,
  className,
  inline = false,
}: {
  names: readonly CoChairName[];
  className?: string;
  inline?: boolean;
}) {
  const box = inline ? 'inline' : 'block';
  if (names.length === 0)
    return (
      <span className={cn(box, className)}>{inline ? 'Co-chairs not named' : 'Not named'}</span>
    );
  return names.map(({ id, name, side, shortSide }, index) => (
    <span key={`${name}-${side}`} className={cn(box, className)}>
      {inline && index > 0 && ' · '}
      <DetailLink target={{ kind: 'person', id }} className={LINK_STYLE}>
        <DataText>{name}</DataText>
      </DetailLink>{' '}
      <span className={inline ? 'text-muted' : undefined}>({inline ? shortSide : side})</span>
    </span>
  ));
}
