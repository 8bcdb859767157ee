// The build's check of the bundled dataset (run by scripts/bundled-dataset-digest.ts). The browser
// trusts the file it fetches if its SHA-256 matches, and skips the validator
// (src/data/trusted-bundled-dataset.ts), so the build must refuse any file the validator would change.
import { createHash } from 'node:crypto';
import { formatProblems } from '../src/domain/dataset-problem.ts';
import { readDatasetText, summarizeProblems } from '../src/data/read-dataset-text.ts';
import { formatJsonPath, type JsonPath } from '../src/lib/json-path.ts';

/** Enough problems to see what is wrong without flooding the build log. */
const MAX_REPORTED_PROBLEMS = 50;

/** The first place where two JSON values differ (values, key order or kinds), or null if none. */
function firstDifference(a: unknown, b: unknown, path: JsonPath = []): JsonPath | null {
  if (a === b) return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.join('\u0000') !== bKeys.join('\u0000')) return path;
  for (const key of aKeys) {
    const step = Array.isArray(a) ? Number(key) : key;
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      [...path, step],
    );
    if (found) return found;
  }
  return null;
}

/**
 * Checks the bundled dataset's bytes and returns their SHA-256 as lowercase hex; throws an Error
 * naming `label` and every problem (with its JSON path) when the file is not valid, or when the
 * browser could not use it as it is: it must be UTF-8 without a byte-order mark (the browser hashes
 * the text it decoded), and validating it must return exactly the parsed JSON (zod trims text).
 */
export function checkBundledDataset(bytes: Uint8Array, label: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8');
  if (text.startsWith('\uFEFF')) {
    throw new Error(`${label} starts with a byte-order mark; save it as UTF-8 without one.`);
  }
  if (!Buffer.from(text, 'utf8').equals(buffer)) {
    throw new Error(`${label} is not valid UTF-8.`);
  }
  const result = readDatasetText(bytes);
  if (!result.ok) {
    const { shown, total, hidden } = summarizeProblems(result.problems, MAX_REPORTED_PROBLEMS);
    const more = hidden > 0 ? `\n… and ${hidden} more` : '';
    throw new Error(
      `${label} is not a valid dataset (${total} problem${total === 1 ? '' : 's'}; run npm run data:check):\n${formatProblems(shown)}${more}`,
    );
  }
  const raw: unknown = JSON.parse(text);
  if (JSON.stringify(result.dataset) !== JSON.stringify(raw)) {
    const where = formatJsonPath(firstDifference(raw, result.dataset) ?? []);
    throw new Error(
      `${label} changes when validated, at ${where} (for example, text with spaces around it is trimmed). ` +
        'The browser uses the bundled file as it is, without validating it again, so the file must ' +
        'already be what the validator returns: remove the spaces, or whatever else differs.',
    );
  }
  return createHash('sha256').update(buffer).digest('hex');
}
