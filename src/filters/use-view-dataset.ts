import { useMemo } from 'react';
import { datasetAsOf } from '@/data/as-of';
import { buildDatasetIndex, type LoadedDataset } from '@/data/dataset-index';
import { useDataset } from '@/data/dataset-query';
import { useFilters } from '@/filters/use-filters';
import { useToday } from '@/filters/use-today';

/**
 * The dataset as the current view sees it: with a "View as of" date, the histories as they stood at
 * the end of that day (statuses, meetings held or only agreed), re-indexed once per date.
 */
export function useViewDataset(): LoadedDataset {
  const dataset = useDataset();
  const { filters } = useFilters();
  return useMemo(() => {
    if (filters.asOf === '') return dataset;
    const view = datasetAsOf(dataset, filters.asOf);
    return { ...view, index: buildDatasetIndex(view) };
  }, [dataset, filters.asOf]);
}

/** The day flags are judged on: the "View as of" date, or today (UTC). */
export function useReferenceDate(): string {
  const { filters } = useFilters();
  const today = useToday();
  return filters.asOf || today;
}
