// Writes the dataset's parser as z.compile generates it, for use under our CSP (no `new Function`).
// Usage: npm run data:parser
import { writeFileSync } from 'node:fs';
import { DATASET_PARSER_FILE, renderDatasetParser } from './dataset-parser.ts';

writeFileSync(DATASET_PARSER_FILE, renderDatasetParser());
console.log(`wrote ${DATASET_PARSER_FILE}`);
