import type { LoadedDataset } from '@/domain/dataset-index';
import type { Commitment, Meeting } from '@/domain/schema';
import { ALL_DIALOGUES, type Filters } from '@/view/filters';
import { yearOf } from '@/lib/dates';
import { matchesTerms, searchTerms } from '@/lib/search-text';

/**
 * The search check for one kind of record: null when the search is empty. Only a search reads
 * `index.searchText`, a lazy getter that folds the text of every record the first time it is read.
 */
function searchMatcher(
  dataset: LoadedDataset,
  search: string,
  kind: 'meetings' | 'commitments',
): ((id: string) => boolean) | null {
  const terms = searchTerms(search);
  if (terms.length === 0) return null;
  const texts = dataset.index.searchText[kind];
  return (id) => matchesTerms(texts.get(id) ?? '', terms);
}

/**
 * Meetings that pass the dialogue, year, topic and search filters, oldest first. Within one filter
 * any selected value matches (topic A or B); across filters all must match. Status does not apply.
 */
export function filterMeetings(dataset: LoadedDataset, filters: Filters): Meeting[] {
  const matches = searchMatcher(dataset, filters.search, 'meetings');
  const topics = new Set(filters.topics);
  const years = new Set(filters.years);
  return dataset.index.meetingsByDate.filter(
    (meeting) =>
      (filters.dialogue === ALL_DIALOGUES || meeting.dialogue === filters.dialogue) &&
      (years.size === 0 || years.has(yearOf(meeting.date.value))) &&
      (topics.size === 0 || meeting.topics.some((raised) => topics.has(raised.topic))) &&
      (matches === null || matches(meeting.id)),
  );
}

/**
 * Commitments that pass every filter, in dataset order: discussed in the chosen dialogue, with an
 * event in a chosen year, tagged with a chosen topic, at a chosen derived status, matching the search.
 */
export function filterCommitments(dataset: LoadedDataset, filters: Filters): Commitment[] {
  const matches = searchMatcher(dataset, filters.search, 'commitments');
  const topics = new Set(filters.topics);
  const years = new Set(filters.years);
  const statuses = new Set(filters.statuses);
  const { meetingById, statusByCommitment } = dataset.index;
  const statusOf = (commitment: Commitment) =>
    statusByCommitment.get(commitment.id)?.status ?? 'no-evidence';
  return dataset.commitments.filter(
    (commitment) =>
      (filters.dialogue === ALL_DIALOGUES ||
        commitment.discussedAt.some(
          (entry) => meetingById.get(entry.meeting)?.dialogue === filters.dialogue,
        )) &&
      (years.size === 0 ||
        commitment.events.some((event) => years.has(yearOf(event.date.value)))) &&
      (topics.size === 0 || commitment.topics.some((topic) => topics.has(topic))) &&
      (statuses.size === 0 || statuses.has(statusOf(commitment))) &&
      (matches === null || matches(commitment.id)),
  );
}
