import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
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

/** 1-based line and column of a 0-based character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The parser's reason in a readable form, with the line and column when the engine gives a position.
 * V8: `Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)` and
 * `Unexpected token 'x', "…" is not valid JSON`; Firefox: `JSON.parse: … at line 1 column 10 of the JSON data`.
 */
function describeJsonError(text: string, error: unknown): string {
  let reason = error instanceof Error ? error.message : String(error);
  let where: { line: number; column: number } | null = null;
  const lineColumn = /\(?\s*(?:at )?line (\d+) column (\d+)(?: of the JSON data)?\)?/.exec(reason);
  const position = /(?: in JSON)? at position (\d+)/.exec(reason);
  if (lineColumn) {
    where = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    reason = reason.replace(lineColumn[0], '');
  }
  if (position) {
    where ??= lineAndColumn(text, Number(position[1]));
    reason = reason.replace(position[0], '');
  }
  reason = reason
    .replace(/^JSON\.parse: /, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .trim();
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  if (atEnd || /^Unexpected end of JSON input$/i.test(reason)) {
    reason =
      'the text ends before the JSON is complete (a bracket or quote may be missing, or the file was cut off)';
  }
  return where ? `${reason} (line ${where.line}, column ${where.column})` : reason;
}

/**
 * Checks a dataset file's text the same way everywhere (the app's file loader and `npm run
 * data:check`): refuses a file over MAX_DATASET_BYTES without parsing it, then an empty file, then
 * text that is not JSON (with line and column where the engine gives a position), and otherwise
 * returns validateDataset's result. `byteLength` defaults to the text's UTF-8 size. Never throws.
 */
export function readDatasetText(text: string, byteLength?: number): ValidationResult {
  const bytes = byteLength ?? utf8ByteLength(text);
  if (bytes > MAX_DATASET_BYTES) return fileProblem(sizeMessage(bytes));
  // A byte-order mark is invisible in editors but makes JSON.parse fail.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fileProblem('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return fileProblem(`is not valid JSON: ${describeJsonError(body, error)}`);
  }
  return validateDataset(raw);
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
export function readDatasetTextForPage(text: string, byteLength?: number): PageValidationResult {
  const result = readDatasetText(text, byteLength);
  if (!result.ok) return result;
  const dataset = boundTexts(result.dataset);
  return { ok: true, dataset, searchText: buildDatasetIndex(dataset).searchText };
}
