import { useQueryState, useQueryStates } from 'nuqs';
import {
  commitmentSortParsers,
  URL_KEYS,
  viewParsers,
  type COMMITMENT_SORT_KEYS,
  type SORT_DIRECTIONS,
} from '@/view/view-params';

type CommitmentSortKey = (typeof COMMITMENT_SORT_KEYS)[number];
type SortDirection = (typeof SORT_DIRECTIONS)[number];

// A panel's own choices (not filters) are read straight from the URL: each is one history entry.
const PUSH = { history: 'push' } as const;
const comparedMeetingParser = viewParsers.comparedMeeting.withOptions(PUSH);
const onlySharedYearsParser = viewParsers.onlySharedYears.withOptions(PUSH);
const sinceParser = viewParsers.since.withOptions(PUSH);

/** The meeting whose readouts are compared, by id, or null when none is asked for. */
export function useComparedMeeting() {
  return useQueryState(URL_KEYS.comparedMeeting, comparedMeetingParser);
}

/** Whether the dialogue profiles keep only the years both dialogues met in. */
export function useOnlySharedYears() {
  return useQueryState(URL_KEYS.onlySharedYears, onlySharedYearsParser);
}

/** The changelog version asked for in "Show changes since version …", or null. */
export function useChangelogSince() {
  return useQueryState(URL_KEYS.since, sinceParser);
}

/** The commitments table's sort column and direction. */
export function useCommitmentSort() {
  const [{ commitmentSort, commitmentSortDirection }, setSort] = useQueryStates(
    commitmentSortParsers,
    { urlKeys: URL_KEYS, ...PUSH },
  );
  return {
    sort: commitmentSort,
    dir: commitmentSortDirection,
    /** Sorts by a column in a direction: one history entry. */
    sortBy: (sort: CommitmentSortKey, dir: SortDirection) =>
      void setSort({ commitmentSort: sort, commitmentSortDirection: dir }),
  };
}
