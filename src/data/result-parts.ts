import type { PageValidationResult } from '@/data/read-dataset-text';
import type { Dataset } from '@/domain/schema';
import type { SearchText } from '@/domain/search-index';

/**
 * One message of a checked file's result, as the worker sends it: a slice of one of the dataset's
 * lists, a slice of its search text, or the end (the result with the sliced lists left empty).
 */
export type ResultPart =
  | { kind: 'records'; list: string; records: unknown[] }
  | { kind: 'search'; of: keyof SearchText; entries: [string, string][] }
  | { kind: 'end'; result: PageValidationResult };

/**
 * Records per message. A structured clone is read on the page in one task when the message
 * arrives: the whole 20 MB dataset in one message was a 550–700 ms task; 25 of the largest valid
 * meetings (about 20 kB each) take a few milliseconds.
 */
export const RECORDS_PER_PART = 25;

function slices<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    parts.push(items.slice(start, start + size));
  return parts;
}

/**
 * Splits a checked file's result into messages of at most `size` records or search entries each,
 * every list and search text in order, ending with the `end` message; a refusal is the end alone.
 */
export function splitResult(result: PageValidationResult, size = RECORDS_PER_PART): ResultPart[] {
  if (!result.ok) return [{ kind: 'end', result }];
  const parts: ResultPart[] = [];
  const rest: Record<string, unknown> = { ...result.dataset };
  for (const [list, value] of Object.entries(result.dataset)) {
    if (!Array.isArray(value) || value.length <= size) continue;
    rest[list] = [];
    for (const records of slices<unknown>(value, size))
      parts.push({ kind: 'records', list, records });
  }
  const noSearchText: SearchText = { meetings: new Map(), commitments: new Map() };
  for (const of of ['meetings', 'commitments'] as const) {
    for (const entries of slices([...result.searchText[of]], size))
      parts.push({ kind: 'search', of, entries });
  }
  const end = { ok: true, dataset: rest as Dataset, searchText: noSearchText } as const;
  parts.push({ kind: 'end', result: end });
  return parts;
}

/**
 * Collects the messages of one result, in the order sent, and returns the whole result once the
 * `end` message arrives (undefined before): splitResult's inverse.
 */
export function createResultJoiner(): (part: ResultPart) => PageValidationResult | undefined {
  const lists = new Map<string, unknown[]>();
  const search = { meetings: new Map<string, string>(), commitments: new Map<string, string>() };
  return (part) => {
    if (part.kind === 'records') {
      const list = lists.get(part.list) ?? [];
      lists.set(part.list, list);
      for (const record of part.records) list.push(record);
      return undefined;
    }
    if (part.kind === 'search') {
      for (const [id, text] of part.entries) search[part.of].set(id, text);
      return undefined;
    }
    if (!part.result.ok) return part.result;
    const dataset: Record<string, unknown> = { ...part.result.dataset };
    for (const [list, records] of lists) dataset[list] = records;
    return { ok: true, dataset: dataset as Dataset, searchText: search };
  };
}
