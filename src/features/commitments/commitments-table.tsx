import { useMemo, type ReactNode } from 'react';
import {
  sortCommitmentRows,
  type CommitmentRow,
  type SortDirection,
  type SortKey,
} from '@/features/commitments/commitment-rows';
import { CompletionCell, PracticeCellView } from '@/features/commitments/commitment-cells';
import { CommitmentCards } from '@/features/commitments/commitment-cards';
import { CommitmentSortSelect } from '@/features/commitments/commitment-sort-select';
import { useCommitmentSort } from '@/view/use-view-params';
import { DetailLink } from '@/view/detail-link';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import { DataText, DataTextList } from '@/components/ui/data-text';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

export type CommitmentsTableProps = {
  rows: readonly CommitmentRow[];
};

/** The direction a column sorts in when first chosen: A–Z for titles, newest or most advanced first otherwise. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  title: 'asc',
  status: 'desc',
  statusDate: 'desc',
  latestEvent: 'desc',
};

const CELL = 'px-3 py-2 align-top';
/** Rows shown at first and per "Show more": the bundled dataset's 12 all fit. */
const PAGE_SIZE = 25;
const NOUN = { one: 'commitment', other: 'commitments' };

/**
 * The commitments, sorted over all rows and then shown a page at a time; a new sort or filter
 * starts again at the first page. Cards on a phone, a table wider up (src/phone-layout.css).
 */
export function CommitmentsTable({ rows }: CommitmentsTableProps) {
  const { sort, dir, sortBy: setSort } = useCommitmentSort();
  const sorted = useMemo(() => sortCommitmentRows(rows, sort, dir), [rows, sort, dir]);
  const { count, listRef, showMore } = useShownCount(PAGE_SIZE, sorted);
  const shown = sorted.slice(0, count);
  const sortBy = (key: SortKey) => {
    const next = key === sort ? (dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key];
    setSort(key, next);
  };
  const header = (key: SortKey, label: string) => (
    <SortHeader label={label} active={sort === key} direction={dir} onSort={() => sortBy(key)} />
  );

  return (
    <>
      <CommitmentSortSelect sort={sort} dir={dir} onSort={setSort} />
      <CommitmentCards rows={shown} listRef={listRef} />
      <ScrollRegion
        label="Reform commitments table"
        data-only="wide"
        className="mt-4 rounded-lg border border-line bg-surface"
      >
        <table className="w-full min-w-3xl text-left text-sm">
          <caption className="sr-only">
            Reform commitments; column headers with buttons sort the table
          </caption>
          <thead className="border-b border-line text-muted">
            <tr>
              {header('title', 'Commitment')}
              {header('status', 'Completion')}
              <PlainHeader>Practice</PlainHeader>
              {header('statusDate', 'Completion date')}
              {header('latestEvent', 'Last event')}
              <PlainHeader>Topics</PlainHeader>
              <PlainHeader>Discussed at</PlainHeader>
            </tr>
          </thead>
          <tbody ref={listRef}>
            {shown.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-b-0">
                <th scope="row" className={`${CELL} font-normal`}>
                  <DetailLink
                    target={{ kind: 'commitment', id: row.id }}
                    className={cn(LINK_STYLE, 'inline-flex min-h-6 items-center font-medium')}
                  >
                    {row.title}
                  </DetailLink>
                  <span className="block text-xs text-muted">
                    {row.kindLabel} · <DataText>{row.committedBy}</DataText>
                  </span>
                </th>
                <td className={CELL}>
                  <CompletionCell row={row} />
                </td>
                <td className={`${CELL} min-w-40`}>
                  <PracticeCellView row={row} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>
                  {row.statusDate ? (
                    <>
                      {row.statusDate.text}
                      <span className="block text-xs text-muted">{row.statusVoice}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={CELL}>
                  {row.latestEvent ? (
                    <>
                      <span className="block whitespace-nowrap">{row.latestEvent.date}</span>
                      <span className="line-clamp-4 text-xs text-muted">
                        {row.latestEvent.text}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={CELL}>
                  <DataTextList values={row.topics.map((topic) => topic.label)} />
                </td>
                <td className={CELL}>
                  {row.meetings.length > 0 ? (
                    <ul className="min-w-44 space-y-1">
                      {row.meetings.map((meeting) => (
                        <li key={meeting.id}>{meeting.label}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted">Not recorded</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ShowMore {...showMore} noun={NOUN} />
    </>
  );
}

function PlainHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="px-3 py-2 font-medium">
      {children}
    </th>
  );
}

type SortHeaderProps = {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
};

function SortHeader({ label, active, direction, onSort }: SortHeaderProps) {
  const arrow = !active ? '↕' : direction === 'asc' ? '↑' : '↓';
  return (
    <th
      scope="col"
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
      className="px-3 py-2 font-medium"
    >
      <button
        type="button"
        onClick={onSort}
        className="inline-flex min-h-6 items-center gap-1 whitespace-nowrap hover:text-ink"
      >
        {label}
        <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}
