// Checks that every quote in the dataset stands verbatim (up to white space) in the research
// material it was taken from: the fact base, the per-source notes, and the full-text reports.
// Usage: npm run data:quotes [-- SHARED_DIR [DATASET]]   (defaults: ../shared and the bundled dataset)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset } from '../src/data/schema.ts';

/** Sources whose full text is kept: their quotes must come from that very text. */
const FULL_TEXTS: Record<string, string> = {
  'tdi-2024-05-21': 'sources/tdi-2024-05-21.txt',
  'eureporter-2024-05-21': 'sources/eureporter-2024-05.txt',
};

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const [sharedDir = '../shared', datasetFile = 'public/data/dialogue-dataset.json'] =
  process.argv.slice(2);

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(
      `✖ cannot read ${path}: the research folder (${sharedDir}) must sit beside the repository`,
    );
    process.exit(2);
  }
}

const notesDir = join(sharedDir, 'research/sources');
const corpus = collapse(
  [
    read(join(sharedDir, 'research/dialogue-facts.md')),
    ...readdirSync(notesDir).map((name) => read(join(notesDir, name))),
    ...Object.values(FULL_TEXTS).map((file) => read(join(sharedDir, file))),
  ].join('\n'),
);
const fullTexts = new Map(
  Object.entries(FULL_TEXTS).map(([id, file]) => [id, collapse(read(join(sharedDir, file)))]),
);

const dataset = Dataset.parse(JSON.parse(read(datasetFile)));
const failures: string[] = [];
let checked = 0;

function visit(node: unknown, path: string): void {
  if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${path}[${i}]`));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (path.endsWith(']') && /\.evidence\[\d+\]$/.test(path) && typeof record.quote === 'string') {
      checked += 1;
      const quote = collapse(record.quote);
      const source = String(record.source);
      const haystack = fullTexts.get(source) ?? corpus;
      if (!haystack.includes(quote)) {
        const where = fullTexts.has(source) ? `the full text of ${source}` : 'the research notes';
        failures.push(`${path}.quote: not found verbatim in ${where}: "${quote.slice(0, 90)}…"`);
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, path ? `${path}.${key}` : key);
  }
}

visit(dataset, '');
if (failures.length > 0) {
  console.error(`✖ ${failures.length} of ${checked} quotes are not verbatim:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log(`✔ all ${checked} quotes stand verbatim in the research material`);
}
