import { useMemo } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { sanitizeFilters, type Filters } from '@/view/filters';
import { useFilterWriters, type FilterWriters } from '@/view/use-filter-writers';
import { useShownDataset } from '@/view/use-shown-dataset';
import { useToday } from '@/view/use-today';
import { ShownFiltersContext, useViewContext } from '@/view/view-context';
import { viewAsOf, vocabularyOf } from '@/view/view-dataset';

export type View = FilterWriters & {
  /** The filters, checked against the dataset (as the panels show them). */
  filters: Filters;
  /** The dataset as of the "View as of" date (the histories at the end of that day), or all of it. */
  dataset: LoadedDataset;
  /** Every record, whatever the "View as of" date: for counts and lists of the whole dataset. */
  wholeDataset: LoadedDataset;
  /** The day flags and standings are judged on: the "View as of" date, or today (UTC). */
  referenceDate: string;
};

/** What a panel or detail shows and the writers that change it; the one view hook for sections. */
export function useView(): View {
  const wholeDataset = useShownDataset();
  const vocabulary = vocabularyOf(wholeDataset);
  const raw = useViewContext(ShownFiltersContext);
  const filters = useMemo(() => sanitizeFilters(raw, vocabulary), [raw, vocabulary]);
  const dataset = viewAsOf(wholeDataset, filters.asOf);
  const today = useToday();
  const writers = useFilterWriters(vocabulary);
  return { ...writers, filters, dataset, wholeDataset, referenceDate: filters.asOf || today };
}
