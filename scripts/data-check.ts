// Validates a dataset file against the schema and the integrity rules, with the same checks the
// app applies to a file the user opens (size cap, empty file, JSON syntax).
// Usage: npm run data:check [file ...]   (default: the bundled dataset)
import { readFileSync } from 'node:fs';
import { readDatasetText, summarizeProblems } from '../src/data/read-dataset-text.ts';

const DEFAULT_FILE = 'public/data/dialogue-dataset.json';
/** Enough to see the pattern of a badly broken file without flooding the terminal. */
const MAX_PRINTED_PROBLEMS = 100;

function check(file: string): boolean {
  const label = file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(
      `✖ ${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return false;
  }
  const result = readDatasetText(bytes);
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `✔ ${label}: valid — ${d.meetings.length} meetings, ${d.topics.length} topics, ` +
        `${d.commitments.length} commitments, ${d.sources.length} sources (dataset v${d.meta.version})`,
    );
    return true;
  }
  const { shown, total, hidden } = summarizeProblems(result.problems, MAX_PRINTED_PROBLEMS);
  console.error(`✖ ${label}: ${total} problem${total === 1 ? '' : 's'}`);
  for (const problem of shown) console.error(`  ${problem.path}: ${problem.message}`);
  if (hidden > 0) console.error(`  … and ${hidden} more`);
  return false;
}

const files = process.argv.slice(2);
const results = (files.length > 0 ? files : [DEFAULT_FILE]).map(check);
process.exitCode = results.every(Boolean) ? 0 : 1;
