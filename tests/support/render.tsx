import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { datasetQueryOptions } from '@/data/dataset-query';
import { parseDataset } from '@/data/parse-dataset';
import type { Dataset } from '@/domain/schema';
import { Providers } from '@/app/providers';

export type RenderOptions = {
  /** The dataset the query cache starts with; omit it to let the component load (or fail). */
  dataset?: Dataset;
  /** The starting URL (path and query). */
  url?: string;
  queryClient?: QueryClient;
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

/** Renders inside the app's providers with a fresh query client, an optional dataset and URL. */
export function renderWithProviders(
  ui: ReactElement,
  options: RenderOptions = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = options.queryClient ?? createTestQueryClient();
  if (options.dataset)
    queryClient.setQueryData(datasetQueryOptions.queryKey, parseDataset(options.dataset));
  window.history.replaceState(null, '', options.url ?? '/');
  const utils = render(<Providers queryClient={queryClient}>{ui}</Providers>);
  return { ...utils, queryClient };
}
