import { hasStoredCustomDataset, readStoredDataset } from '@/data/custom-dataset-store';
import type { LoadedDataset } from '@/data/dataset-index';
import { indexDataset } from '@/data/index-dataset';
import { loadDataset } from '@/data/load-dataset';
import { validateDatasetText } from '@/data/validate-in-worker';

/**
 * The dataset to show on opening the page: the one the user opened earlier and kept in this
 * browser, or the bundled one. A kept dataset that no longer validates (say, after an upgrade of
 * the schema) is not shown; the bundled one is, with the reason attached.
 */
export async function loadActiveDataset(): Promise<LoadedDataset> {
  const stored = hasStoredCustomDataset() ? await readStoredDataset() : null;
  if (!stored) return loadDataset();
  const result = await validateDatasetText(stored.text);
  if (result.ok) {
    return indexDataset(result.dataset, {
      kind: 'custom',
      fileName: stored.fileName,
      openedAt: stored.savedAt,
      persisted: true,
    });
  }
  const bundled = await loadDataset();
  return {
    ...bundled,
    origin: {
      kind: 'bundled',
      rejectedStored: { fileName: stored.fileName, problems: result.problems },
    },
  };
}
