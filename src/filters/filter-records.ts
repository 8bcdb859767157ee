import type { LoadedDataset } from '@/data/dataset-index';
import type { Commitment, Meeting } from '@/data/schema';
import { ALL_DIALOGUES, type Filters } from '@/filters/filters';
import { yearOf } from '@/lib/dates';
import { matchesTerms, searchTerms } from '@/lib/search-text';

/**
 * Meetings that pass the dialogue, year, topic and search filters, oldest first. Within one filter
 * any selected value matches (topic A or B); across filters all must match. Status does not apply.
 */
export function filterMeetings(dataset: LoadedDataset, filters: Filters): Meeting[] {
  const terms = searchTerms(filters.search);
  const topics = new Set(filters.topics);
  return dataset.index.meetingsByDate.filter(
    (meeting) =>
      (filters.dialogue === ALL_DIALOGUES || meeting.dialogue === filters.dialogue) &&
      (filters.years.length === 0 || filters.years.includes(yearOf(meeting.date.value))) &&
      (topics.size === 0 || meeting.topics.some((raised) => topics.has(raised.topic))) &&
      matchesTerms(dataset.index.searchText.meetings.get(meeting.id) ?? '', terms),
  );
}

/**
 * Commitments that pass every filter, in dataset order: discussed in the chosen dialogue, with an
 * event in a chosen year, tagged with a chosen topic, at a chosen derived status, matching the search.
 */
export function filterCommitments(dataset: LoadedDataset, filters: Filters): Commitment[] {
  const terms = searchTerms(filters.search);
  const topics = new Set(filters.topics);
  const { meetingById, statusByCommitment, searchText } = dataset.index;
  return dataset.commitments.filter((commitment) => {
    const status = statusByCommitment.get(commitment.id)?.status ?? 'no-evidence';
    return (
      (filters.dialogue === ALL_DIALOGUES ||
        commitment.discussedAt.some(
          (entry) => meetingById.get(entry.meeting)?.dialogue === filters.dialogue,
        )) &&
      (filters.years.length === 0 ||
        commitment.events.some((event) => filters.years.includes(yearOf(event.date.value)))) &&
      (topics.size === 0 || commitment.topics.some((topic) => topics.has(topic))) &&
      (filters.statuses.length === 0 || filters.statuses.includes(status)) &&
      matchesTerms(searchText.commitments.get(commitment.id) ?? '', terms)
    );
  });
}
