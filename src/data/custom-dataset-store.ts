import { createStore, del, get, set } from 'idb-keyval';
import { hasStoredCustomDataset, writeCustomDatasetFlag } from '@/data/custom-dataset-flag';

export { hasStoredCustomDataset };

/** A dataset the user opened from their own file, kept in this browser until they remove it. */
export type StoredDataset = {
  /** The file name as the user chose it. */
  fileName: string;
  /** The file's text exactly as read, so a reload validates the same bytes. */
  text: string;
  /** ISO timestamp of when it was opened. */
  savedAt: string;
};

const DB_NAME = 'dialogue-tracker';
const STORE_NAME = 'datasets';
const KEY = 'custom';
let store: ReturnType<typeof createStore> | undefined;
function datasetStore() {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

/** The stored custom dataset, or null when there is none or the browser cannot store one. */
export async function readStoredDataset(): Promise<StoredDataset | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const value = await get<StoredDataset>(KEY, datasetStore());
    const stored =
      value && typeof value.text === 'string' && typeof value.fileName === 'string' ? value : null;
    writeCustomDatasetFlag(stored !== null);
    return stored;
  } catch {
    return null;
  }
}

/** Keeps the dataset for the next visit; resolves false when the browser refuses to store it. */
export async function storeDataset(dataset: StoredDataset): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await set(KEY, dataset, datasetStore());
    writeCustomDatasetFlag(true);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the custom dataset; the bundled one is shown again. */
export async function removeStoredDataset(): Promise<void> {
  writeCustomDatasetFlag(false);
  if (typeof indexedDB === 'undefined') return;
  try {
    await del(KEY, datasetStore());
  } catch {
    // Nothing stored, or storage unavailable: either way nothing is left to remove.
  }
}
