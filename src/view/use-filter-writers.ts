import { debounce } from 'nuqs';
import { useMemo } from 'react';
import { sanitizeFilters, toggleValue, type FilterVocabulary, type Filters } from '@/view/filters';
import { useViewContext, ViewWritersContext } from '@/view/view-context';
import type { DetailTarget } from '@/view/detail';

type ListFilter = 'topics' | 'years' | 'statuses';

export type FilterWriters = {
  /** Changes some filters: one history entry (typing in Search settles before it is written). */
  setFilters: (patch: Partial<Filters>) => void;
  /** Adds a value to a list filter, or removes it when the URL already has it. */
  toggleFilter: <K extends ListFilter>(key: K, value: Filters[K][number]) => void;
  resetFilters: () => void;
  /** Opens a detail: one history entry, so Back closes it again. */
  openDetail: (target: DetailTarget) => void;
  closeDetail: () => void;
};

/**
 * Stable writers of the view for a dataset's vocabulary. Each change applies to the URL's latest
 * filters (nuqs hands the updater the current ones), never to what a panel happens to show.
 */
export function useFilterWriters(vocabulary: FilterVocabulary): FilterWriters {
  const { writeFilters, openDetail, closeDetail } = useViewContext(ViewWritersContext);
  return useMemo(() => {
    const change = (
      changes: (latest: Filters) => Partial<Filters>,
      options?: Parameters<typeof writeFilters>[1],
    ) =>
      void writeFilters((current) => {
        const latest = sanitizeFilters(current, vocabulary);
        return sanitizeFilters({ ...latest, ...changes(latest) }, vocabulary);
      }, options);
    return {
      setFilters: (patch) => {
        const onlySearch = Object.keys(patch).every((key) => key === 'search');
        change(() => patch, { limitUrlUpdates: onlySearch ? debounce(400) : undefined });
      },
      toggleFilter: (key, value) =>
        change((latest) => ({ [key]: toggleValue<unknown>(latest[key], value) })),
      resetFilters: () => void writeFilters(null),
      openDetail,
      closeDetail,
    };
  }, [writeFilters, vocabulary, openDetail, closeDetail]);
}
