import type { DatasetProblem } from '@/domain/dataset-problem';
import { formatJsonPath, type JsonPath } from '@/lib/json-path';
import { quoteFromData } from '@/lib/visible-text';

export type Problems = DatasetProblem[];

/** The ids of one collection, each mapped to the index of the first record using it. */
export type IdSet = ReadonlyMap<string, number>;

/** Adds a problem at `path` (formatted only now: nearly every check passes). */
export function report(problems: Problems, path: JsonPath, message: string): void {
  problems.push({ path: formatJsonPath(path), message });
}

/** Reports each record whose id an earlier one already uses; returns every id with its first index. */
export function checkUniqueIds(
  problems: Problems,
  collection: string,
  records: readonly { id: string }[],
): IdSet {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, index);
    else
      report(
        problems,
        [collection, index, 'id'],
        `duplicate id ${quoteFromData(record.id)}: ${collection}[${first}] already uses it; every id must be unique`,
      );
  });
  return seen;
}

const RECORD_NOUN = {
  sources: 'source',
  dialogues: 'dialogue',
  topics: 'topic',
  people: 'person',
  meetings: 'meeting',
  commitments: 'commitment',
  reviewSeries: 'review series',
} as const;

/** The id sets of the collections that records refer to. */
export type IdSets = Record<Exclude<keyof typeof RECORD_NOUN, 'reviewSeries'>, IdSet>;

/** Whether `id` is given but not among `known`. */
export function isUnknown(id: string | undefined, known: IdSet): id is string {
  return id !== undefined && !known.has(id);
}

// Callers test isUnknown first and build the path only for a problem: a large dataset checks tens
// of thousands of references, nearly all sound.
export function reportUnknown(
  problems: Problems,
  path: JsonPath,
  id: string,
  collection: keyof typeof RECORD_NOUN,
): void {
  report(
    problems,
    path,
    `refers to ${RECORD_NOUN[collection]} ${quoteFromData(id)}, which is not in ${collection}`,
  );
}
