import { useEffect, useMemo } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { useDataset } from '@/data/dataset-query';
import {
  sanitizeFilters,
  serializeFilters,
  type FilterVocabulary,
  type Filters,
} from '@/view/filters';
import { useFilterWriters, type FilterWriters } from '@/view/use-filter-writers';
import { ControlFiltersContext, useViewContext, ViewWritersContext } from '@/view/view-context';
import { vocabularyOf } from '@/view/view-dataset';

export type FilterControls = FilterWriters & {
  /** The filters as the URL holds them now, checked against the dataset. */
  filters: Filters;
  vocabulary: FilterVocabulary;
  /** Every record: the controls offer every topic, dialogue and meeting. */
  dataset: LoadedDataset;
  /** True while the panels still show the filters from before the latest change. */
  updating: boolean;
};

/** The filter bar's hook: the filters at once (a click shows in the next frame), and their writers. */
export function useFilterControls(): FilterControls {
  const dataset = useDataset();
  const vocabulary = vocabularyOf(dataset);
  const { raw, updating } = useViewContext(ControlFiltersContext);
  const filters = useMemo(() => sanitizeFilters(raw, vocabulary), [raw, vocabulary]);
  const writers = useFilterWriters(vocabulary);
  const { writeFilters } = useViewContext(ViewWritersContext);
  // A pasted URL with unknown ids or unsorted lists is rewritten in place to its canonical form.
  useEffect(() => {
    if (serializeFilters(raw) !== serializeFilters(filters))
      void writeFilters(filters, { history: 'replace' });
  }, [raw, filters, writeFilters]);
  return { ...writers, filters, vocabulary, dataset, updating };
}
