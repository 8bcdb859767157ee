import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsString,
  type inferParserType,
} from 'nuqs';
import { STATUS_SCALE, type CommitmentStatus } from '@/data/commitment-status';
import type { Dataset } from '@/data/schema';
import { calendarDateProblem, precisionOf, yearOf } from '@/lib/dates';

/** The URL parameter of each filter: short, stable, documented here only. */
export const PARAM = {
  topics: 'topic',
  years: 'year',
  dialogue: 'dialogue',
  statuses: 'status',
  search: 'q',
  asOf: 'asof',
} as const;

export const ALL_DIALOGUES = 'all';

const STATUS_IDS: readonly string[] = STATUS_SCALE.map((entry) => entry.id);

/** Status values of schema version 1's single ladder, still read from old links. */
const LEGACY_STATUSES: Readonly<Record<string, CommitmentStatus>> = {
  'in-force': 'complete',
  implementing: 'complete',
};

/** A status id, or a legacy one mapped onto today's scale; anything else is dropped. */
const parseAsStatus = createParser<CommitmentStatus>({
  parse: (value) =>
    STATUS_IDS.includes(value) ? (value as CommitmentStatus) : (LEGACY_STATUSES[value] ?? null),
  serialize: (value) => value,
});

export const filterParsers = {
  topics: parseAsArrayOf(parseAsString, ',').withDefault([]),
  years: parseAsArrayOf(parseAsInteger, ',').withDefault([]),
  dialogue: parseAsString.withDefault(ALL_DIALOGUES),
  statuses: parseAsArrayOf(parseAsStatus, ',').withDefault([]),
  search: parseAsString.withDefault(''),
  /** `YYYY-MM-DD`: every panel as the histories stood at the end of that day; '' means today. */
  asOf: parseAsString.withDefault(''),
};

export type Filters = inferParserType<typeof filterParsers>;

export const DEFAULT_FILTERS: Filters = {
  topics: [],
  years: [],
  dialogue: ALL_DIALOGUES,
  statuses: [],
  search: '',
  asOf: '',
};

/** The values a filter may take in one dataset. */
export type FilterVocabulary = {
  topicIds: ReadonlySet<string>;
  dialogueIds: ReadonlySet<string>;
  /** Years with a meeting, a commitment event, a review edition or a high-level contact, ascending. */
  years: readonly number[];
};

/** The topics, dialogues and years present in a dataset. */
export function buildFilterVocabulary(dataset: Dataset): FilterVocabulary {
  const years = new Set([
    ...dataset.meetings.map((meeting) => yearOf(meeting.date.value)),
    ...dataset.commitments.flatMap((c) => c.events.map((event) => yearOf(event.date.value))),
    ...(dataset.reviews ?? []).map((review) => yearOf(review.date.value)),
    ...(dataset.contacts ?? []).map((contact) => yearOf(contact.date.value)),
  ]);
  return {
    topicIds: new Set(dataset.topics.map((topic) => topic.id)),
    dialogueIds: new Set(dataset.dialogues.map((dialogue) => dialogue.id)),
    years: [...years].toSorted((a, b) => a - b),
  };
}

const uniqueSorted = <T extends string | number>(values: readonly T[]): T[] =>
  [...new Set(values)].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Filters in canonical form for a dataset: unknown topic ids, years, dialogues and statuses are
 * dropped (falling back to the default), lists are de-duplicated and sorted, search is trimmed, and an
 * as-of date that is not a real `YYYY-MM-DD` day is dropped.
 */
export function sanitizeFilters(filters: Filters, vocabulary: FilterVocabulary): Filters {
  const statusOrder = new Map(STATUS_IDS.map((id, index) => [id, index]));
  return {
    topics: uniqueSorted(filters.topics.filter((id) => vocabulary.topicIds.has(id))),
    years: uniqueSorted(filters.years.filter((year) => vocabulary.years.includes(year))),
    dialogue: vocabulary.dialogueIds.has(filters.dialogue) ? filters.dialogue : ALL_DIALOGUES,
    statuses: [...new Set(filters.statuses)].toSorted(
      (a, b) => (statusOrder.get(a) ?? 0) - (statusOrder.get(b) ?? 0),
    ),
    search: filters.search.trim().replace(/\s+/g, ' '),
    asOf:
      precisionOf(filters.asOf) === 'day' && calendarDateProblem(filters.asOf) === null
        ? filters.asOf
        : '',
  };
}

/** The query string (with `?`, or empty) holding only the non-default filters. */
export const serializeFilters = createSerializer(filterParsers, { urlKeys: PARAM });

/** Reads filters from a query string or URLSearchParams; bad values fall back to defaults. */
export const parseFilters = createLoader(filterParsers, { urlKeys: PARAM });

/** True when no filter narrows anything. */
export function isDefaultFilters(filters: Filters): boolean {
  return serializeFilters(filters) === '';
}

/** The changelog's "Show changes since version …": a `major.minor.patch` of the dataset's changelog. */
export const SINCE_PARAM = 'since';

export const sinceParser = parseAsString.withOptions({ history: 'push' });

/** The `since` version if the changelog lists it, else null (an unknown version is dropped). */
export function sanitizeSince(value: string | null, versions: readonly string[]): string | null {
  return value !== null && versions.includes(value) ? value : null;
}

/** Every parameter the app writes, in the order URLs list them. */
export const PARAM_ORDER: readonly string[] = [
  ...Object.values(PARAM),
  'compare',
  'shared',
  'sort',
  'dir',
  SINCE_PARAM,
  'open',
];

/**
 * The same parameters in a fixed order (known ones first, in PARAM_ORDER; unknown ones after, as
 * they were), so one view has one URL whatever order the filters were chosen in.
 */
export function orderSearchParams(params: URLSearchParams): URLSearchParams {
  const rank = (key: string) => {
    const index = PARAM_ORDER.indexOf(key);
    return index === -1 ? PARAM_ORDER.length : index;
  };
  const entries = [...params.entries()].map((entry, position) => ({ entry, position }));
  entries.sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.position - b.position);
  return new URLSearchParams(entries.map(({ entry }) => entry));
}
