import { buildDatasetIndex, type LoadedDataset } from '@/data/dataset-index';
import { DatasetError } from '@/data/dataset-problem';
import { validateDataset } from '@/data/validate-dataset';

/** Where the bundled dataset is served from; `index.html` preloads the same URL. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dialogue-dataset.json`;

/** Validates parsed JSON and indexes it, or throws a DatasetError listing every problem. */
export function parseDataset(raw: unknown): LoadedDataset {
  const result = validateDataset(raw);
  if (!result.ok) {
    const count = result.problems.length;
    throw new DatasetError(
      `The dataset has ${count} problem${count === 1 ? '' : 's'}.`,
      result.problems,
    );
  }
  return { ...result.dataset, index: buildDatasetIndex(result.dataset) };
}

/** Fetches, parses, validates and indexes a dataset; every failure becomes a DatasetError. */
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('The dataset is not valid JSON.', [
      { path: '(file)', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return parseDataset(raw);
}
