import { buildDatasetIndex, type DatasetOrigin, type LoadedDataset } from '@/data/dataset-index';
import { DatasetError, type DatasetProblem } from '@/data/dataset-problem';
import type { Dataset } from '@/data/schema';

/** The error thrown for a dataset that does not validate: a count, then every problem. */
export function datasetProblemsError(problems: readonly DatasetProblem[]): DatasetError {
  const count = problems.length;
  return new DatasetError(`The dataset has ${count} problem${count === 1 ? '' : 's'}.`, problems);
}

/** Adds the lookups (and where the data came from) to a dataset that has already been validated. */
export function indexDataset(dataset: Dataset, origin?: DatasetOrigin): LoadedDataset {
  const loaded: LoadedDataset = { ...dataset, index: buildDatasetIndex(dataset) };
  if (origin) loaded.origin = origin;
  return loaded;
}
