import type { DatasetProblem } from '@/domain/dataset-problem';
import { formatCount } from '@/lib/format-count';
import { findDuplicateKeys } from '@/lib/json-duplicate-keys';
import { formatJsonPath } from '@/lib/json-path';
import { findJsonSyntaxError } from '@/lib/json-syntax-error';
import { lineAndColumn } from '@/lib/line-and-column';
import { detectUnicodeEncoding, firstInvalidUtf8Byte } from '@/lib/text-encoding';
import { quoteFromData } from '@/lib/visible-text';

/** A file's content as the caller has it: its bytes (preferred: the encoding is told from them) or decoded text. */
export type JsonFileInput = string | ArrayBuffer | Uint8Array;

/** The parsed JSON and any duplicate keys found, or the problems that stopped it being read. */
export type JsonFileResult =
  | { ok: true; value: unknown; duplicates: DatasetProblem[] }
  | { ok: false; problems: DatasetProblem[] };

const fileProblem = (message: string): JsonFileResult => ({
  ok: false,
  problems: [{ path: '(file)', message }],
});

const at = (text: string, offset: number) => {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${formatCount(line)}, column ${formatCount(column)}`;
};

/** The text of UTF-8 bytes, or the problem: another encoding (told from the bytes), or bytes that are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | JsonFileResult {
  const encoding = detectUnicodeEncoding(bytes);
  if (encoding !== 'UTF-8') return fileProblem(`the file is ${encoding}; save it as UTF-8`);
  try {
    // The decoder drops a UTF-8 byte-order mark, which editors hide but JSON.parse refuses.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, Math.max(0, offset)));
    const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return fileProblem(
      `the file is not UTF-8: the byte ${byte} at ${at(before, before.length)} is not UTF-8 (the file may be in a legacy encoding such as Windows-1251 or Latin-1); save it as UTF-8`,
    );
  }
}

function duplicateKeyProblems(text: string): DatasetProblem[] {
  return findDuplicateKeys(text).map(({ path, key, count }) => ({
    path: formatJsonPath(path),
    message: `the key ${quoteFromData(key)} appears ${count === 2 ? 'twice' : `${formatCount(count)} times`}; JSON readers keep only the last one and ignore the others without a word, so keep one`,
  }));
}

/**
 * Reads a JSON file the same way for the app and the scripts: the encoding (UTF-8 only; UTF-16 and
 * UTF-32 are named), emptiness, the syntax (every error with its line and column and a reason), and
 * keys written twice in one object (each with its JSON path). `text` input skips the encoding check.
 */
export function readJsonFile(input: JsonFileInput): JsonFileResult {
  let text: string;
  if (typeof input === 'string') text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  else {
    const decoded = decodeUtf8(input instanceof Uint8Array ? input : new Uint8Array(input));
    if (typeof decoded !== 'string') return decoded;
    text = decoded;
  }
  if (text.trim() === '') return fileProblem('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const reason = found
      ? `${found.reason} (${at(text, found.offset)})`
      : error instanceof Error
        ? error.message
        : String(error);
    return fileProblem(`is not valid JSON: ${reason}`);
  }
  return { ok: true, value, duplicates: duplicateKeyProblems(text) };
}
