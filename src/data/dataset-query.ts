import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { loadActiveDataset } from '@/data/active-dataset';
import type { LoadedDataset } from '@/data/dataset-index';

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset'],
  queryFn: (): Promise<LoadedDataset> => loadActiveDataset(),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/** The loaded, validated and indexed dataset; suspends until it is ready and throws its error. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQueryOptions).data;
}
