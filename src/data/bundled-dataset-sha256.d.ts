/**
 * The SHA-256 (lowercase hex) of the bundled dataset file as the build validated it, defined by
 * scripts/bundled-dataset-digest.ts. Tests and the prerender's server build leave it undefined, so
 * read it only after `typeof __BUNDLED_DATASET_SHA256__ === 'string'`.
 */
declare const __BUNDLED_DATASET_SHA256__: string;
