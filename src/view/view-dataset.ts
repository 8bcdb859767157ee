import { datasetAsOf } from '@/domain/as-of';
import { buildDatasetIndex, type LoadedDataset } from '@/domain/dataset-index';
import { buildFilterVocabulary, type FilterVocabulary } from '@/view/filters';

// Every panel asks for the vocabulary; it depends on the dataset only, so it is built once per dataset.
const vocabularies = new WeakMap<LoadedDataset, FilterVocabulary>();

/** The topics, dialogues and years a filter may take in this dataset (built once per dataset). */
export function vocabularyOf(dataset: LoadedDataset): FilterVocabulary {
  let vocabulary = vocabularies.get(dataset);
  if (!vocabulary) {
    vocabulary = buildFilterVocabulary(dataset);
    vocabularies.set(dataset, vocabulary);
  }
  return vocabulary;
}

// Every panel asks for the same view: build it once per dataset and date, not once per panel.
const views = new WeakMap<LoadedDataset, Map<string, LoadedDataset>>();

/**
 * The dataset as it stood at the end of `asOf` (`YYYY-MM-DD`), re-indexed; '' gives the dataset
 * itself. The last few dates are kept per dataset.
 */
export function viewAsOf(dataset: LoadedDataset, asOf: string): LoadedDataset {
  if (asOf === '') return dataset;
  let byDate = views.get(dataset);
  if (!byDate) {
    byDate = new Map();
    views.set(dataset, byDate);
  }
  let view = byDate.get(asOf);
  if (!view) {
    const past = datasetAsOf(dataset, asOf);
    view = { ...past, index: buildDatasetIndex(past) };
    // A few dates are kept; someone stepping through many would otherwise hold them all.
    if (byDate.size >= 8) byDate.delete(byDate.keys().next().value ?? '');
    byDate.set(asOf, view);
  }
  return view;
}
