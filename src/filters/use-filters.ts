import { debounce } from 'nuqs';
import { useCallback, useEffect, useMemo } from 'react';
import { useDataset } from '@/data/dataset-query';
import {
  buildFilterVocabulary,
  sanitizeFilters,
  serializeFilters,
  type FilterVocabulary,
  type Filters,
} from '@/filters/filters';
import { useRawFilters } from '@/filters/filters-context';
import type { LoadedDataset } from '@/data/dataset-index';

export type UseFilters = {
  filters: Filters;
  vocabulary: FilterVocabulary;
  /**
   * Changes some filters: one history entry (typing in Search settles before it is written). A
   * function patch is given the latest filters: a panel's own may be a frame behind the URL, and a
   * toggle computed from them would undo a click made in between.
   */
  setFilters: (patch: Partial<Filters> | ((latest: Filters) => Partial<Filters>)) => void;
  resetFilters: () => void;
};

// Every panel asks for the vocabulary; it depends on the dataset only, so it is built once per dataset.
const vocabularies = new WeakMap<LoadedDataset, FilterVocabulary>();
function vocabularyOf(dataset: LoadedDataset): FilterVocabulary {
  let vocabulary = vocabularies.get(dataset);
  if (!vocabulary) {
    vocabulary = buildFilterVocabulary(dataset);
    vocabularies.set(dataset, vocabulary);
  }
  return vocabulary;
}

/**
 * The shared filters, read from and written to the URL, the single source of filter state. Panels
 * get them deferred (they follow a change in a background render); the filter bar passes
 * `{ urgent: true }` so that its controls answer at once.
 */
export function useFilters({ urgent = false }: { urgent?: boolean } = {}): UseFilters {
  const dataset = useDataset();
  const vocabulary = vocabularyOf(dataset);
  const { raw, setRaw } = useRawFilters(urgent);
  const filters = useMemo(() => sanitizeFilters(raw, vocabulary), [raw, vocabulary]);

  // A pasted URL with unknown ids or unsorted lists is rewritten in place to its canonical form,
  // by the filter bar only: a panel's (deferred) filters may be a step behind the URL.
  useEffect(() => {
    if (urgent && serializeFilters(raw) !== serializeFilters(filters))
      void setRaw(filters, { history: 'replace' });
  }, [urgent, raw, filters, setRaw]);

  const setFilters = useCallback(
    (patch: Partial<Filters> | ((latest: Filters) => Partial<Filters>)) => {
      const onlySearch =
        typeof patch !== 'function' && Object.keys(patch).every((key) => key === 'search');
      void setRaw(
        (current) => {
          const latest = sanitizeFilters(current, vocabulary);
          const changes = typeof patch === 'function' ? patch(latest) : patch;
          return sanitizeFilters({ ...latest, ...changes }, vocabulary);
        },
        { limitUrlUpdates: onlySearch ? debounce(400) : undefined },
      );
    },
    [setRaw, vocabulary],
  );
  const resetFilters = useCallback(() => void setRaw(null), [setRaw]);

  return { filters, vocabulary, setFilters, resetFilters };
}
