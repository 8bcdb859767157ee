import { del, get, set } from 'idb-keyval';
import { hasStoredCustomDataset, writeCustomDatasetFlag } from '@/data/custom-dataset-flag';
import { datasetStore } from '@/data/dataset-database';
import { announceKeptDatasetChange } from '@/data/kept-dataset-channel';
import {
  checkStoredDataset,
  type StoredDataset,
  type StoredDatasetCheck,
} from '@/data/stored-dataset-check';

export { hasStoredCustomDataset };
export type { StoredDataset, StoredDatasetCheck };

const KEY = 'custom';

function describeError(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error)
    return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * What this browser keeps: nothing (also when it cannot store anything), a dataset to validate, or
 * something that is not one (junk, an oversized text, a store that fails), with the reason. Keeps
 * the first-paint flag in step: set only while something is stored.
 */
export async function readStoredDataset(): Promise<StoredDatasetCheck> {
  if (typeof indexedDB === 'undefined') return { kind: 'none' };
  let check: StoredDatasetCheck;
  try {
    check = checkStoredDataset(await get<unknown>(KEY, datasetStore));
  } catch (error) {
    return {
      kind: 'unreadable',
      reason: `the browser's storage failed to read it (${describeError(error)})`,
    };
  }
  writeCustomDatasetFlag(check.kind !== 'none');
  return check;
}

/** Keeps the dataset for the next visit; resolves false when the browser refuses to store it. */
export async function storeDataset({
  fileName,
  content,
  savedAt,
}: StoredDataset & { content: Blob }): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await set(KEY, { fileName, file: content, savedAt }, datasetStore);
  } catch {
    return false;
  }
  writeCustomDatasetFlag(true);
  announceKeptDatasetChange();
  return true;
}

/** Forgets the custom dataset (whatever the store holds); the bundled one is shown again. */
export async function removeStoredDataset(): Promise<void> {
  writeCustomDatasetFlag(false);
  if (typeof indexedDB !== 'undefined') {
    try {
      await del(KEY, datasetStore);
    } catch {
      // Nothing stored, or storage unavailable: either way nothing is left to remove.
    }
  }
  announceKeptDatasetChange();
}
