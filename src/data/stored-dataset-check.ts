import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { formatCount } from '@/lib/format-count';

/** A dataset the user opened from their own file, kept in this browser until they remove it. */
export type StoredDataset = {
  /** The file name as the user chose it. */
  fileName: string;
  /**
   * The file's bytes exactly as opened, so a reload validates the same bytes. A Blob, which the
   * browser stores and reads back off the page's main thread (a 20 MB string took 150 ms of it to
   * store); records kept by earlier versions hold the text (`text`) instead.
   */
  content: Blob | string;
  /** ISO timestamp of when it was opened. */
  savedAt: string;
};

/** What the browser's store holds: nothing, a dataset to validate, or something that is not one. */
export type StoredDatasetCheck =
  | { kind: 'none' }
  | { kind: 'kept'; dataset: StoredDataset }
  | { kind: 'unreadable'; reason: string };

const MEGABYTE = 1024 * 1024;

function describeSize(bytes: number): string {
  return bytes >= MEGABYTE
    ? `${(bytes / MEGABYTE).toFixed(1)} MB`
    : `${formatCount(bytes)} byte${bytes === 1 ? '' : 's'}`;
}

const isBlob = (value: unknown): value is Blob =>
  typeof Blob !== 'undefined' && value instanceof Blob;

/** A plain `{…}` object, as IndexedDB gives back the record the app saved. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** "a string of 12 characters", "a 50.0 MB binary file", "a list", "the number 7"… */
function describeValue(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string')
    return `a string of ${formatCount(value.length)} character${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `the ${typeof value} ${String(value)}`;
  if (isBlob(value)) return `a ${describeSize(value.size)} binary file`;
  if (Array.isArray(value)) return `a list of ${formatCount(value.length)} items`;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
    return `${describeSize(value.byteLength)} of binary data`;
  const kind = (value as object).constructor?.name;
  return kind && kind !== 'Object' ? `a ${kind} object` : `a value of type ${typeof value}`;
}

const TEXT_FIELDS = ['fileName', 'savedAt'] as const;

/** The kept bytes (`file`), or the text of a record kept before they were, or why neither is there. */
function contentOf(record: Record<string, unknown>): Blob | string | { reason: string } {
  if (isBlob(record.file)) return record.file;
  if (typeof record.text === 'string') return record.text;
  const field = record.file === undefined && record.text !== undefined ? 'text' : 'file';
  const value = record[field];
  return {
    reason:
      value === undefined
        ? `it has no ${field}`
        : `its ${field} is ${describeValue(value)}, not ${field === 'file' ? 'a file' : 'text'}`,
  };
}

/**
 * Checks what was read from the store before anything parses it: the saved record's file name and
 * date, and its bytes (or, in an older record, its text) against the cap for files — a text longer
 * than the cap in UTF-16 code units is longer in UTF-8 bytes too, so it is refused without being
 * measured or copied. `undefined` means nothing is stored. Never throws.
 */
export function checkStoredDataset(value: unknown): StoredDatasetCheck {
  if (value === undefined) return { kind: 'none' };
  if (!isPlainRecord(value))
    return { kind: 'unreadable', reason: `it holds ${describeValue(value)}, not a saved dataset` };
  for (const field of TEXT_FIELDS) {
    if (typeof value[field] !== 'string') {
      const reason =
        value[field] === undefined
          ? `it has no ${field}`
          : `its ${field} is ${describeValue(value[field])}, not text`;
      return { kind: 'unreadable', reason };
    }
  }
  const content = contentOf(value);
  if (typeof content === 'object' && 'reason' in content)
    return { kind: 'unreadable', reason: content.reason };
  const size = typeof content === 'string' ? content.length : content.size;
  if (size > MAX_DATASET_BYTES) {
    const what = typeof content === 'string' ? 'its text is at least' : 'its file is';
    const limit = `${MAX_DATASET_BYTES / MEGABYTE} MB`;
    return { kind: 'unreadable', reason: `${what} ${describeSize(size)}; the limit is ${limit}` };
  }
  const { fileName, savedAt } = value as { fileName: string; savedAt: string };
  return { kind: 'kept', dataset: { fileName, content, savedAt } };
}
