import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { readJsonFile, type JsonFileInput } from '@/data/read-json-file';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { buildDatasetIndex } from '@/domain/dataset-index';
import type { Dataset } from '@/domain/schema';
import type { SearchText } from '@/domain/search-index';
import { validateDataset, type ValidationResult } from '@/domain/validate-dataset';
import { boundTexts } from '@/lib/bounded-text';
import { formatCount } from '@/lib/format-count';

// Re-exported for scripts and tests; the app imports it from dataset-limits, which does not pull in zod.
export { MAX_DATASET_BYTES };

const MEGABYTE = 1024 * 1024;

/** The number of bytes `text` takes in UTF-8, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function fileProblem(message: string): ValidationResult {
  return { ok: false, problems: [{ path: '(file)', message }] };
}

function sizeMessage(bytes: number): string {
  const shown = (bytes / MEGABYTE).toFixed(1);
  const limit = `${MAX_DATASET_BYTES / MEGABYTE} MB`;
  // 20 MB and one byte rounds to "20.0 MB", which would read as if it were within the limit.
  if (Number(shown) <= MAX_DATASET_BYTES / MEGABYTE) {
    return `the file is ${formatCount(bytes)} bytes; the limit is ${limit} (${formatCount(MAX_DATASET_BYTES)} bytes)`;
  }
  return `the file is ${shown} MB; the limit is ${limit}`;
}

/**
 * Checks a dataset file the same way everywhere (the app's file loader, its worker, `npm run
 * data:check` and the build): refuses a file over MAX_DATASET_BYTES without reading it, then reads
 * it with readJsonFile (encoding, emptiness, syntax with line and column, duplicate keys) and
 * returns validateDataset's result, with any duplicate keys listed first. Pass the file's bytes where
 * there are any, so that a UTF-16 or UTF-32 file is named as such; `byteLength` defaults to their
 * number (for text, its UTF-8 size). Never throws.
 */
export function readDatasetText(input: JsonFileInput, byteLength?: number): ValidationResult {
  const bytes =
    byteLength ?? (typeof input === 'string' ? utf8ByteLength(input) : input.byteLength);
  if (bytes > MAX_DATASET_BYTES) return fileProblem(sizeMessage(bytes));
  const json = readJsonFile(input);
  if (!json.ok) return json;
  const result = validateDataset(json.value);
  if (json.duplicates.length === 0) return result;
  return { ok: false, problems: [...json.duplicates, ...(result.ok ? [] : result.problems)] };
}

/** The first `cap` problems to list, with the total and how many were left out (0 when none). */
export function summarizeProblems(
  problems: readonly DatasetProblem[],
  cap = 50,
): { shown: DatasetProblem[]; total: number; hidden: number } {
  const limit = Math.max(0, Math.floor(cap));
  const shown = problems.slice(0, limit);
  return { shown, total: problems.length, hidden: problems.length - shown.length };
}

/** A file checked for the page: the problems, or the dataset with its search text. */
export type PageValidationResult =
  | { ok: true; dataset: Dataset; searchText: SearchText }
  | { ok: false; problems: DatasetProblem[] };

/**
 * readDatasetText for the page: a valid dataset comes back with its texts bounded (boundTexts), so
 * a text no schema limit caught — 262,144 letters, 120,000 combining marks — cannot freeze the page
 * that shows it, and with its folded search text, which for a 20 MB file took the page 2 s to
 * build. The file kept in the browser stays as it was.
 */
export function readDatasetTextForPage(
  input: JsonFileInput,
  byteLength?: number,
): PageValidationResult {
  const result = readDatasetText(input, byteLength);
  if (!result.ok) return result;
  const dataset = boundTexts(result.dataset);
  return { ok: true, dataset, searchText: buildDatasetIndex(dataset).searchText };
}
