import { useId } from 'react';
import type { SortDirection, SortKey } from '@/features/commitments/commitment-rows';

/** Every sort the table's headers offer, in words, for a phone's cards (which have no headers). */
const SORTS: readonly { key: SortKey; dir: SortDirection; label: string }[] = [
  { key: 'status', dir: 'desc', label: 'Completion, furthest first' },
  { key: 'status', dir: 'asc', label: 'Completion, least first' },
  { key: 'title', dir: 'asc', label: 'Title, A–Z' },
  { key: 'title', dir: 'desc', label: 'Title, Z–A' },
  { key: 'statusDate', dir: 'desc', label: 'Completion date, newest first' },
  { key: 'statusDate', dir: 'asc', label: 'Completion date, oldest first' },
  { key: 'latestEvent', dir: 'desc', label: 'Last event, newest first' },
  { key: 'latestEvent', dir: 'asc', label: 'Last event, oldest first' },
];

export type CommitmentSortSelectProps = {
  sort: SortKey;
  dir: SortDirection;
  onSort: (sort: SortKey, dir: SortDirection) => void;
};

/** The cards' sort: the same URL parameters as the table's header buttons. */
export function CommitmentSortSelect({ sort, dir, onSort }: CommitmentSortSelectProps) {
  const id = useId();
  return (
    <div data-only="phone" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Sort by
      </label>
      <select
        id={id}
        value={`${sort}:${dir}`}
        onChange={(event) => {
          const chosen = SORTS.find((each) => `${each.key}:${each.dir}` === event.target.value);
          if (chosen) onSort(chosen.key, chosen.dir);
        }}
        className="min-h-9 rounded-md border border-line bg-surface px-2 text-ink"
      >
        {SORTS.map(({ key, dir: direction, label }) => (
          <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
