import { DATASET_LIMITS } from '@/domain/dataset-limits';

/** The largest dataset file accepted, in bytes (20 MB); larger files are refused before parsing. */
export const MAX_DATASET_BYTES = DATASET_LIMITS.fileBytes;
