import { debounce, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo } from 'react';
import { useDataset } from '@/data/dataset-query';
import {
  buildFilterVocabulary,
  filterParsers,
  PARAM,
  sanitizeFilters,
  serializeFilters,
  type FilterVocabulary,
  type Filters,
} from '@/filters/filters';

export type UseFilters = {
  filters: Filters;
  vocabulary: FilterVocabulary;
  /** Changes some filters: one history entry (typing in Search settles before it is written). */
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
};

/** The shared filters, read from and written to the URL, the single source of filter state. */
export function useFilters(): UseFilters {
  const dataset = useDataset();
  const vocabulary = useMemo(() => buildFilterVocabulary(dataset), [dataset]);
  const [raw, setRaw] = useQueryStates(filterParsers, { urlKeys: PARAM, history: 'push' });
  const filters = useMemo(() => sanitizeFilters(raw, vocabulary), [raw, vocabulary]);

  // A pasted URL with unknown ids or unsorted lists is rewritten in place to its canonical form.
  useEffect(() => {
    if (serializeFilters(raw) !== serializeFilters(filters))
      void setRaw(filters, { history: 'replace' });
  }, [raw, filters, setRaw]);

  const setFilters = useCallback(
    (patch: Partial<Filters>) => {
      const onlySearch = Object.keys(patch).every((key) => key === 'search');
      void setRaw((current) => sanitizeFilters({ ...current, ...patch }, vocabulary), {
        limitUrlUpdates: onlySearch ? debounce(400) : undefined,
      });
    },
    [setRaw, vocabulary],
  );
  const resetFilters = useCallback(() => void setRaw(null), [setRaw]);

  return { filters, vocabulary, setFilters, resetFilters };
}
