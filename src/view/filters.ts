import { createLoader, createSerializer, type inferParserType } from 'nuqs';
import { STATUS_SCALE } from '@/domain/commitment-status';
import type { Dataset } from '@/domain/schema';
import { filterParsers, URL_KEYS } from '@/view/view-params';
import { calendarDateProblem, precisionOf, yearOf } from '@/lib/dates';

export type Filters = inferParserType<typeof filterParsers>;

/** The Dialogue filter's value for both dialogues, its default: no dialogue is chosen. */
export const ALL_DIALOGUES = null;

/** The query string (with `?`, or empty) holding only the non-default filters. */
export const serializeFilters = createSerializer(filterParsers, { urlKeys: URL_KEYS });

/** Reads filters from a query string or URLSearchParams; bad values fall back to defaults. */
export const parseFilters = createLoader(filterParsers, { urlKeys: URL_KEYS });

export const DEFAULT_FILTERS: Filters = parseFilters('');

/** True when no filter narrows anything. */
export function isDefaultFilters(filters: Filters): boolean {
  return serializeFilters(filters) === '';
}

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

const STATUS_ORDER = new Map<string, number>(STATUS_SCALE.map((entry, index) => [entry.id, index]));

/**
 * Filters in canonical form for a dataset: unknown topic ids, years, dialogues and statuses are
 * dropped (falling back to the default), lists are de-duplicated and sorted, search is trimmed, and an
 * as-of date that is not a real `YYYY-MM-DD` day is dropped.
 */
export function sanitizeFilters(filters: Filters, vocabulary: FilterVocabulary): Filters {
  return {
    topics: uniqueSorted(filters.topics.filter((id) => vocabulary.topicIds.has(id))),
    years: uniqueSorted(filters.years.filter((year) => vocabulary.years.includes(year))),
    dialogue:
      filters.dialogue !== null && vocabulary.dialogueIds.has(filters.dialogue)
        ? filters.dialogue
        : ALL_DIALOGUES,
    statuses: [...new Set(filters.statuses)].toSorted(
      (a, b) => (STATUS_ORDER.get(a) ?? 0) - (STATUS_ORDER.get(b) ?? 0),
    ),
    search: filters.search.trim().replace(/\s+/g, ' '),
    asOf:
      precisionOf(filters.asOf) === 'day' && calendarDateProblem(filters.asOf) === null
        ? filters.asOf
        : '',
  };
}

/** The list with `value` added at the end, or without it when it was already there. */
export function toggleValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** The `since` version if the changelog lists it, else null (an unknown version is dropped). */
export function sanitizeSince(value: string | null, versions: readonly string[]): string | null {
  return value !== null && versions.includes(value) ? value : null;
}
