import type { LoadedDataset } from '@/data/dataset-index';
import { DatasetError } from '@/data/dataset-problem';
import { datasetProblemsError, indexDataset } from '@/data/index-dataset';
import { readTrustedBundledDataset } from '@/data/trusted-bundled-dataset';
import { validateDatasetText } from '@/data/validate-in-worker';

/** Where the bundled dataset is served from; `index.html` preloads the same URL. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dialogue-dataset.json`;

/**
 * Fetches a dataset, validates it off the main thread and indexes it; every failure becomes a
 * DatasetError. The main bundle never loads the validator (zod), which keeps the first screen light.
 * The bundled file, byte for byte as the build validated it, is used without validating it again.
 */
export async function loadDataset(
  url: string = BUNDLED_DATASET_URL,
  fetcher: typeof fetch = fetch,
): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new DatasetError('The dataset could not be downloaded.', [
      {
        path: '(file)',
        message: `network error: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  if (!response.ok) {
    throw new DatasetError('The dataset could not be downloaded.', [
      {
        path: '(file)',
        message: `the server answered ${response.status} ${response.statusText} for ${url}`,
      },
    ]);
  }
  const text = await response.text();
  const trusted = url === BUNDLED_DATASET_URL ? await readTrustedBundledDataset(text) : null;
  if (trusted) return indexDataset(trusted);
  const result = await validateDatasetText(text);
  if (!result.ok) throw datasetProblemsError(result.problems);
  return indexDataset(result.dataset);
}
