// Validates a dataset file against the schema and the integrity rules.
// Usage: npm run data:check [file ...]   (default: the bundled dataset)
import { readFileSync } from 'node:fs';
import { validateDataset } from '../src/data/validate-dataset.ts';

const DEFAULT_FILE = 'public/data/dialogue-dataset.json';

function check(file: string): boolean {
  const label = file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(
      `✖ ${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return false;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    console.error(`✖ ${label}: not valid JSON (${(error as Error).message})`);
    return false;
  }
  const result = validateDataset(raw);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `✔ ${label}: valid — ${d.meetings.length} meetings, ${d.topics.length} topics, ` +
        `${d.commitments.length} commitments, ${d.sources.length} sources (dataset v${d.meta.version})`,
    );
    return true;
  }
  const count = result.problems.length;
  console.error(`✖ ${label}: ${count} problem${count === 1 ? '' : 's'}`);
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  return false;
}

const files = process.argv.slice(2);
const results = (files.length > 0 ? files : [DEFAULT_FILE]).map(check);
process.exitCode = results.every(Boolean) ? 0 : 1;
