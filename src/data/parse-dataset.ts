import {
  datasetProblemsError,
  indexDataset,
  type DatasetOrigin,
  type LoadedDataset,
} from '@/domain/dataset-index';
import { validateDataset } from '@/domain/validate-dataset';

/**
 * Validates parsed JSON and indexes it on the calling thread, or throws a DatasetError listing every
 * problem. For tests, prerendering and scripts; the browser app uses loadDataset (a worker).
 */
export function parseDataset(raw: unknown, origin?: DatasetOrigin): LoadedDataset {
  const result = validateDataset(raw);
  if (!result.ok) throw datasetProblemsError(result.problems);
  return indexDataset(result.dataset, origin);
}
