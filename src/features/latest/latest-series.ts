import type { LoadedDataset } from '@/domain/dataset-index';
import type { Evidence } from '@/domain/schema';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import { ALL_DIALOGUES, DEFAULT_FILTERS, type Filters } from '@/view/filters';
import { formatPartialDate, startOfPartialDate, yearOf } from '@/lib/dates';
import { foldFieldsForSearch, matchesTerms, searchTerms } from '@/lib/search-text';
import {
  agreementDevelopments,
  contactDevelopment,
  eventDevelopment,
  meetingDevelopment,
  reviewDevelopment,
  type Development,
} from '@/features/latest/development';

/** How the list is ordered, as the app publishes it beside the list. */
export const LATEST_SORT_RULE =
  'Newest first. A date known only to its month or year counts from the first day of that period, ' +
  'as "View as of" counts it, so it comes after every more precise date in that period; ' +
  'developments on the same date keep the order of the record. "c." marks an uncertain date.';

/** How the shared filters apply to the list, as the app publishes it beside the list. */
export const LATEST_FILTER_RULE =
  'Year and Search apply to each development: its own date, and its own text and quote. Topic, ' +
  'Dialogue and Status apply to the commitment or meeting it belongs to; Status narrows commitment ' +
  'events only. A review counts for the topics its series bears on, and for a dialogue in which a ' +
  'commitment it assesses was discussed. A high-level contact has no topics, and counts for a ' +
  'dialogue when every party to that dialogue took part. With "View as of", nothing dated after ' +
  'that day is listed.';

/** Anything with a partial ISO date: a development, a changelog version in the feed. */
export type Dated = { date: { value: string } };

/**
 * Orders records newest first by the first day each date can mean (`2025` as 1 January 2025);
 * on the same first day the finer date comes first (a day, then a month, then a year).
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  const startA = startOfPartialDate(a.date.value);
  const startB = startOfPartialDate(b.date.value);
  if (startA !== startB) return startA < startB ? 1 : -1;
  return b.date.value.length - a.date.value.length;
}

/** The records newest first (see `compareNewestFirst`); equal dates keep their input order. */
export function sortNewestFirst<T extends Dated>(items: readonly T[]): T[] {
  return items.toSorted(compareNewestFirst);
}

function evidenceWords(evidence: readonly Evidence[], dataset: LoadedDataset): string[] {
  return evidence.flatMap((item) => {
    const source = dataset.index.sourceById.get(item.source);
    return [item.quote, item.translation ?? '', source?.title ?? '', source?.publisher ?? ''];
  });
}

/** `words` are folded here; `folded` is search text folded at load (a meeting's), used as it is. */
type Candidate = {
  item: Development;
  words: () => readonly string[];
  folded?: () => readonly string[];
};

// Folded development fields by their text, per dataset: a meeting's development quotes its 8,500-letter
// summary, and folding 1,000 of them again on every search was a 300 ms task.
const foldedFieldsByDataset = new WeakMap<LoadedDataset['index'], Map<string, string>>();

function foldFieldsOnce(index: LoadedDataset['index'], fields: readonly string[]): string {
  const cache = foldedFieldsByDataset.get(index) ?? new Map<string, string>();
  foldedFieldsByDataset.set(index, cache);
  const folded = fields.map((field) => {
    const known = cache.get(field);
    if (known !== undefined) return known;
    const fresh = foldFieldsForSearch([field]);
    cache.set(field, fresh);
    return fresh;
  });
  return folded.filter((text) => text !== '').join(' ');
}

/** Keeps a candidate when its date passes the year and as-of filters and its text the search. */
function makeCheck(filters: Filters, index: LoadedDataset['index']) {
  const terms = searchTerms(filters.search);
  const years = new Set(filters.years);
  return ({ item, words, folded = () => [] }: Candidate): boolean => {
    const { value } = item.date;
    if (filters.asOf !== '' && startOfPartialDate(value) > filters.asOf) return false;
    if (years.size > 0 && !years.has(yearOf(value))) return false;
    if (terms.length === 0) return true;
    // A term holds no space, so it never spans two fields: the terms found in the text folded at
    // load (a meeting's) need not be looked for in the development's own fields.
    const foldedAtLoad = folded().join(' ');
    const rest = terms.filter((term) => !foldedAtLoad.includes(term));
    if (rest.length === 0) return true;
    const fields = [item.title, item.kindLabel, item.text, item.voiceLabel, ...words()];
    return matchesTerms(foldFieldsOnce(index, fields), rest);
  };
}

function recordCandidates(dataset: LoadedDataset, filters: Filters): Candidate[] {
  // Year and search are judged per development (its own date and text), not per record.
  const byRecord = { ...filters, years: [], search: '' };
  const { index } = dataset;
  const meetingText = (id: string) => [index.searchText.meetings.get(id) ?? ''];
  const meetings = filterMeetings(dataset, byRecord).flatMap((meeting) => [
    ...meetingDevelopment(meeting, dataset).map((item) => ({
      item,
      words: () => [],
      folded: () => meetingText(meeting.id),
    })),
    ...agreementDevelopments(meeting, dataset).map((item) => ({
      item,
      words: () => [],
      folded: () => [...meetingText(meeting.id), ...meetingText(item.detail?.id ?? '')],
    })),
  ]);
  const events = filterCommitments(dataset, byRecord).flatMap((commitment) => {
    const about = [
      commitment.description,
      commitment.committedBy,
      ...commitment.topics.map((id) => index.topicById.get(id)?.label ?? ''),
    ];
    return commitment.events.flatMap((event) =>
      eventDevelopment(commitment, event).map((item) => ({
        item,
        words: () => [...about, ...evidenceWords(event.evidence, dataset)],
      })),
    );
  });
  return [...meetings, ...events, ...besideCandidates(dataset, filters)];
}

/**
 * Reviews and contacts, which stand beside the dialogues: a review passes the Topic filter by its
 * series' topics and the Dialogue filter when its series assesses a commitment discussed in that
 * dialogue; a contact has no topics, and passes the Dialogue filter when every party to the
 * dialogue took part. Status applies to commitments only.
 */
function besideCandidates(dataset: LoadedDataset, filters: Filters): Candidate[] {
  const topics = new Set(filters.topics);
  const dialogue =
    filters.dialogue === ALL_DIALOGUES ? null : dataset.index.dialogueById.get(filters.dialogue);
  const inDialogue = dialogue
    ? new Set(
        filterCommitments(dataset, { ...DEFAULT_FILTERS, dialogue: dialogue.id }).map((c) => c.id),
      )
    : null;
  const seriesById = new Map((dataset.reviewSeries ?? []).map((series) => [series.id, series]));
  const reviews = (dataset.reviews ?? []).flatMap((review) => {
    const series = seriesById.get(review.series);
    if (!series) return [];
    if (topics.size > 0 && !series.topics.some((topic) => topics.has(topic))) return [];
    if (inDialogue && !series.commitments.some((id) => inDialogue.has(id))) return [];
    return reviewDevelopment(review, series).map((item) => ({
      item,
      words: () => [
        series.description,
        series.scale,
        ...series.topics.map((id) => dataset.index.topicById.get(id)?.label ?? ''),
        ...evidenceWords(review.evidence, dataset),
      ],
    }));
  });
  const contacts = (dataset.contacts ?? []).flatMap((contact) => {
    if (topics.size > 0) return [];
    if (dialogue && !dialogue.parties.every((party) => contact.parties.includes(party))) return [];
    return contactDevelopment(contact, dataset).map((item) => ({
      item,
      words: () => [
        contact.location?.city ?? '',
        contact.location?.country ?? '',
        ...contact.humanRights.flatMap((entry) => [
          entry.text,
          ...evidenceWords(entry.evidence, dataset),
        ]),
        ...evidenceWords(contact.date.evidence, dataset),
      ],
    }));
  });
  return [...reviews, ...contacts];
}

/**
 * Every dated development that passes the filters, newest first: commitment events (acts,
 * reversals, practice findings, positions), meetings held, next meetings agreed, review editions
 * and high-level contacts. Year and search apply to each development's own date and text; with
 * "View as of", nothing whose date starts after that day. An empty dataset gives [].
 */
export function buildLatestDevelopments(dataset: LoadedDataset, filters: Filters): Development[] {
  const check = makeCheck(filters, dataset.index);
  return sortNewestFirst(
    recordCandidates(dataset, filters)
      .filter(check)
      .map(({ item }) => item),
  );
}

/** How many developments the view holds before the filters narrow it (the as-of date still applies). */
export function countAllDevelopments(dataset: LoadedDataset, asOf: string): number {
  return buildLatestDevelopments(dataset, { ...DEFAULT_FILTERS, asOf }).length;
}

const when = (item: Development) => formatPartialDate(item.date.value, item.date.uncertain);

/**
 * The list in one sentence: "12 of 80 developments since 11 April 2022; newest c. December 2025."
 * Expects `items` newest first; says so when none match or the dataset has none.
 */
export function summarizeDevelopments(items: readonly Development[], total: number): string {
  const newest = items[0];
  const oldest = items.at(-1);
  if (!newest || !oldest)
    return total === 0
      ? 'The dataset records no dated developments.'
      : 'No developments match these filters.';
  const count = items.length === total ? `${total}` : `${items.length} of ${total}`;
  const counted = `${count} ${total === 1 ? 'development' : 'developments'}`;
  if (items.length === 1) return `${counted}, ${when(newest)}.`;
  return `${counted} since ${when(oldest)}; newest ${when(newest)}.`;
}
