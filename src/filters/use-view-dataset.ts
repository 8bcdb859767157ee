import { useMemo } from 'react';
import { datasetAsOf } from '@/data/as-of';
import { buildDatasetIndex, type LoadedDataset } from '@/data/dataset-index';
import { useDataset } from '@/data/dataset-query';
import { useFilters } from '@/filters/use-filters';
import { useToday } from '@/filters/use-today';

// Every panel asks for the same view: build it once per dataset and date, not once per panel.
const views = new WeakMap<LoadedDataset, Map<string, LoadedDataset>>();
function viewAsOf(dataset: LoadedDataset, asOf: string): LoadedDataset {
  if (asOf === '') return dataset;
  let byDate = views.get(dataset);
  if (!byDate) {
    byDate = new Map();
    views.set(dataset, byDate);
  }
  let view = byDate.get(asOf);
  if (!view) {
    const past = datasetAsOf(dataset, asOf);
    view = { ...past, index: buildDatasetIndex(past) };
    // A few dates are kept; someone stepping through many would otherwise hold them all.
    if (byDate.size >= 8) byDate.delete(byDate.keys().next().value ?? '');
    byDate.set(asOf, view);
  }
  return view;
}

/**
 * The dataset as the current view sees it: with a "View as of" date, the histories as they stood at
 * the end of that day (statuses, meetings held or only agreed), re-indexed once per date.
 */
export function useViewDataset(): LoadedDataset {
  const dataset = useDataset();
  const { filters } = useFilters();
  return useMemo(() => viewAsOf(dataset, filters.asOf), [dataset, filters.asOf]);
}

/** The day flags are judged on: the "View as of" date, or today (UTC). */
export function useReferenceDate(): string {
  const { filters } = useFilters();
  const today = useToday();
  return filters.asOf || today;
}
