import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { LoadedDataset } from '@/domain/dataset-index';
import { loadDataset, type DatasetSource } from '@/data/load-dataset';

/** What the page opens with; a switch puts its result under this key, since it becomes what is kept. */
const OPENING_SOURCE: DatasetSource = { kind: 'kept' };

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', OPENING_SOURCE] as const,
  queryFn: ({ queryKey: [, source] }): Promise<LoadedDataset> => loadDataset(source),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  // A new dataset is never partly the old one, and comparing them (react-query's default, to keep
  // unchanged parts) walked a 20 MB dataset for 15 ms on the page's main thread at each switch.
  structuralSharing: false,
});

/** The loaded, validated and indexed dataset; suspends until it is ready and throws its error. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQueryOptions).data;
}
