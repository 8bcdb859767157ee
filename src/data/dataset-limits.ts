/** The largest dataset file accepted, in bytes (20 MB); larger files are refused before parsing. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
