// Writes the JSON Schema generated from the zod schema next to the bundled dataset.
// Usage: npm run data:schema
import { writeFileSync } from 'node:fs';
import { renderJsonSchema, JSON_SCHEMA_FILE } from './json-schema.ts';

writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
