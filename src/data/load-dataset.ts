import { readStoredDataset, removeStoredDataset, storeDataset } from '@/data/custom-dataset-store';
import { hasStoredCustomDataset } from '@/data/custom-dataset-flag';
import { datasetProblemsError, indexDataset, type LoadedDataset } from '@/domain/dataset-index';
import { DatasetError } from '@/domain/dataset-problem';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { readTrustedBundledDataset } from '@/data/trusted-bundled-dataset';
import { validateDatasetText } from '@/data/validate-in-worker';
import type { JsonFileInput } from '@/data/read-json-file';

/** Where the bundled dataset is served from; `index.html` preloads the same URL. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dialogue-dataset.json`;

/** The part of a File this needs, so tests can pass plain objects. */
export type DatasetFileLike = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * Where a dataset comes from: the bundled file; the one opened on an earlier visit and kept in this
 * browser, or else the bundled one (what the page opens with); or a file the user opens now.
 */
export type DatasetSource =
  | { kind: 'bundled' }
  | { kind: 'kept'; changedInAnotherTab?: boolean }
  | { kind: 'file'; file: DatasetFileLike; onStage?: (stage: LoadStage) => void };

/** The steps of opening a file, in order, for a progress line a screen reader hears once each. */
export const LOAD_STAGES = {
  reading: 'reading the file',
  checking: 'checking it against the schema and the rules',
  keeping: 'keeping it in this browser',
  showing: 'preparing the dashboard',
} as const;
export type LoadStage = keyof typeof LOAD_STAGES;

const fileError = (message: string) =>
  new DatasetError('The dataset could not be downloaded.', [{ path: '(file)', message }]);

/** Checks a dataset file off the main thread; resolves with the valid dataset or throws. */
async function validateFile(input: JsonFileInput, byteLength?: number) {
  const result = await validateDatasetText(input, byteLength);
  if (!result.ok) throw datasetProblemsError(result.problems);
  return result;
}

async function loadBundled(fetcher: typeof fetch): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetcher(BUNDLED_DATASET_URL);
  } catch (error) {
    throw fileError(`network error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) {
    const answer = `${response.status} ${response.statusText}`;
    throw fileError(`the server answered ${answer} for ${BUNDLED_DATASET_URL}`);
  }
  const bytes = await response.arrayBuffer();
  const trusted = await readTrustedBundledDataset(bytes);
  if (trusted) return indexDataset(trusted);
  const { dataset, searchText } = await validateFile(bytes);
  return indexDataset(dataset, undefined, searchText);
}

/**
 * A kept dataset that no longer validates (say, after a schema upgrade), or a store that holds
 * something else, gives way to the bundled one, with the reasons; it stays stored until removed.
 */
async function loadKept(fetcher: typeof fetch, readStore: boolean): Promise<LoadedDataset> {
  const stored = readStore ? await readStoredDataset() : { kind: 'none' as const };
  if (stored.kind === 'none') return loadBundled(fetcher);
  if (stored.kind === 'unreadable') return bundledInstead(fetcher, stored.reason);
  const input = await readContent(stored.dataset.content);
  if (typeof input === 'object' && 'reason' in input) return bundledInstead(fetcher, input.reason);
  const { fileName, savedAt } = stored.dataset;
  const result = await validateDatasetText(input);
  if (result.ok) {
    const origin = { kind: 'custom', fileName, openedAt: savedAt, persisted: true } as const;
    return indexDataset(result.dataset, origin, result.searchText);
  }
  const bundled = await loadBundled(fetcher);
  return {
    ...bundled,
    origin: { kind: 'bundled', rejectedStored: { fileName, problems: result.problems } },
  };
}

async function bundledInstead(fetcher: typeof fetch, reason: string): Promise<LoadedDataset> {
  const bundled = await loadBundled(fetcher);
  return { ...bundled, origin: { kind: 'bundled', unreadableStored: { reason } } };
}

/** The kept bytes, read off the main thread (or the text of an older record), or why they cannot be. */
async function readContent(content: Blob | string): Promise<JsonFileInput | { reason: string }> {
  if (typeof content === 'string') return content;
  try {
    return await content.arrayBuffer();
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { reason: `the browser could not read its file (${why})` };
  }
}

/** Files over the size cap are refused before they are read, so a huge file cannot freeze the tab. */
async function loadFile(
  file: DatasetFileLike,
  onStage: (stage: LoadStage) => void = () => {},
): Promise<LoadedDataset> {
  if (file.size > MAX_DATASET_BYTES) await validateFile('', file.size);
  onStage('reading');
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw datasetProblemsError([
      { path: '(file)', message: `the file could not be read (${reason})` },
    ]);
  }
  onStage('checking');
  const { dataset, searchText } = await validateFile(bytes, file.size);
  onStage('keeping');
  const openedAt = new Date().toISOString();
  const content = new Blob([bytes], { type: 'application/json' });
  const persisted = await storeDataset({ fileName: file.name, content, savedAt: openedAt });
  onStage('showing');
  const origin = { kind: 'custom', fileName: file.name, openedAt, persisted } as const;
  return indexDataset(dataset, origin, searchText);
}

/**
 * The one way a dataset gets onto the page: reads the source, validates it in a Web Worker (the
 * bundled file, byte for byte as the build validated it, is trusted by its SHA-256 instead) and
 * indexes it; throws a DatasetError listing every problem. Loading a file keeps it in this browser
 * for the next visit; loading the bundled dataset forgets a kept one. The main bundle never loads
 * the validator (zod), which keeps the first screen light.
 */
export async function loadDataset(
  source: DatasetSource,
  fetcher: typeof fetch = fetch,
): Promise<LoadedDataset> {
  switch (source.kind) {
    case 'file':
      return loadFile(source.file, source.onStage);
    case 'kept':
      // The flag only spares a first visit the IndexedDB round trip. After another tab's message the
      // store is read anyway: localStorage reaches other tabs asynchronously, and can arrive later.
      return loadKept(fetcher, source.changedInAnotherTab === true || hasStoredCustomDataset());
    case 'bundled':
      await removeStoredDataset();
      return loadBundled(fetcher);
  }
}
