import { datasetQueryOptions } from '@/data/dataset-query';
import type { LoadedDataset } from '@/domain/dataset-index';
import { createTestQueryClient } from '../../support/render';
import { loadSourcesDataset } from './sources-fixture';

/**
 * A query client holding a validated dataset whose source `src-a` was given a `javascript:` URL
 * afterwards, as if validation had been bypassed: rendering must still refuse to link it.
 */
export function hostileSourceClient() {
  const loaded = loadSourcesDataset();
  const sources = loaded.sources.map((source) =>
    source.id === 'src-a' ? { ...source, url: 'javascript:alert(1)' } : source,
  );
  const hostile: LoadedDataset = {
    ...loaded,
    sources,
    index: { ...loaded.index, sourceById: new Map(sources.map((s) => [s.id, s])) },
  };
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(datasetQueryOptions.queryKey, hostile);
  return queryClient;
}
