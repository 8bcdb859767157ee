import type { LoadedDataset } from '@/domain/dataset-index';
import { compareText } from '@/lib/compare-text';
import { describeFilters } from '@/view/describe-filters';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import {
  ALL_DIALOGUES,
  buildFilterVocabulary,
  DEFAULT_FILTERS,
  sanitizeFilters,
  type Filters,
} from '@/view/filters';
import { listChangelog } from '@/features/changelog/changelog-series';
import { filterContacts } from '@/features/contacts/contacts-series';
import { buildReviewsView } from '@/features/reviews/reviews-series';
import { buildCommitmentRows, sortCommitmentRows } from '@/features/commitments/commitment-rows';
import { countByStatus, summarizeStatusCounts } from '@/features/commitments/commitments-series';
import { buildAgendaOverlap, summarizeOverlap } from '@/features/comparison/agenda-overlap';
import { conflictsForMeeting } from '@/domain/conflicts-applying';
import {
  compareReadouts,
  meetingsWithSeveralReadouts,
  pickComparedMeeting,
} from '@/features/comparison/readout-comparison';
import { buildDialogueProfiles } from '@/features/dialogues/dialogue-profiles';
import { buildProfileRows, listDialogueSeries } from '@/features/dialogues/dialogue-profile-rows';
import { summarizeProfiles } from '@/features/dialogues/dialogue-profiles-summary';
import { countRecords, listRounds } from '@/features/overview/overview-series';
import { listConflicts } from '@/features/sources/conflicts-series';
import {
  describeSourceTotals,
  filterSourceRows,
  summarizeSources,
} from '@/features/sources/sources-series';
import { buildTimelineSeries, summarizeTimeline } from '@/features/timeline/timeline-series';
import { HEATMAP_LIMITS } from '@/features/topics/topic-round-layout';
import { buildTopicFrequency, summarizeTopicFrequency } from '@/features/topics/topic-frequency';
import { buildTopicRoundMatrix, summarizeTopicRounds } from '@/features/topics/topic-round-matrix';

/** What deriveAllSeries did: a count of produced rows (so nothing is optimised away) and ms per section. */
export type Derivation = { produced: number; sections: Record<string, number> };

/**
 * Computes everything the dashboard's sections derive on first render with the default filters:
 * the same calls each section makes (each filters the records itself, as the sections do), timed
 * per section. Export files are built only when the reader exports, so they are not here
 * (`bench --only=export` times one). `referenceDate` is the "today" of the stalled/overdue flags
 * and of the meetings' standing (held, planned, not confirmed).
 */
export function deriveAllSeries(dataset: LoadedDataset, referenceDate: string): Derivation {
  let produced = 0;
  const note = (value: { length: number } | string) => {
    produced += value.length;
  };
  const vocabulary = buildFilterVocabulary(dataset);
  const filters: Filters = sanitizeFilters(DEFAULT_FILTERS, vocabulary);

  const sections: Record<string, () => void> = {
    'filter bar': () => {
      note(dataset.topics.map((topic) => topic.label).toSorted(compareText));
      note(describeFilters(filters, dataset));
    },
    overview: () => {
      const primary =
        dataset.dialogues.find((dialogue) => dialogue.primary) ?? dataset.dialogues[0];
      produced += countRecords(dataset, referenceDate).meetings;
      note(primary ? listRounds(dataset.meetings, primary.id, referenceDate) : []);
    },
    timeline: () => {
      const meetings = filterMeetings(dataset, filters);
      const commitments = filterCommitments(dataset, filters);
      const timeline = buildTimelineSeries(
        dataset,
        meetings,
        commitments,
        filters.years,
        referenceDate,
      );
      note(timeline.points);
      note(summarizeTimeline(timeline));
    },
    'high-level contacts': () => note(filterContacts(dataset, filters)),
    topics: () => {
      const meetings = filterMeetings(dataset, filters);
      const frequency = buildTopicFrequency(meetings, dataset.topics, filters.topics);
      const matrix = buildTopicRoundMatrix(
        meetings,
        dataset.topics,
        dataset.dialogues,
        filters.topics,
        HEATMAP_LIMITS,
      );
      note(frequency);
      note(summarizeTopicFrequency(frequency, meetings.length));
      note(summarizeTopicRounds(matrix));
    },
    comparison: () => {
      const meetings = filterMeetings(dataset, filters);
      const compared = pickComparedMeeting(meetingsWithSeveralReadouts(meetings), null);
      note(meetingsWithSeveralReadouts(dataset.meetings));
      if (compared) {
        compareReadouts(compared, dataset.index.topicById);
        note(conflictsForMeeting(dataset, compared));
      }
      const overlap = buildAgendaOverlap(meetings, dataset.index.dialogueById);
      note(overlap);
      note(summarizeOverlap(overlap));
    },
    commitments: () => {
      const commitments = filterCommitments(dataset, filters);
      const rows = buildCommitmentRows(dataset, commitments, referenceDate);
      // The status chart counts what the other filters leave; the table sorts by status.
      const counted = filterCommitments(dataset, { ...filters, statuses: [] });
      const counts = countByStatus(counted, dataset.index.statusByCommitment);
      note(sortCommitmentRows(rows, 'status', 'desc'));
      note(summarizeStatusCounts(counts, dataset.commitments.length));
    },
    reviews: () => {
      const view = buildReviewsView(dataset, filters);
      note(view.charts);
      note(view.lists);
    },
    dialogues: () => {
      const meetings = filterMeetings(dataset, { ...filters, dialogue: ALL_DIALOGUES });
      const comparison = buildDialogueProfiles(dataset, meetings);
      const rows = buildProfileRows(comparison, dataset.topics, { onlySharedYears: false });
      note(rows);
      note(summarizeProfiles(comparison, { onlySharedYears: false }));
      note(listDialogueSeries(comparison.profiles));
    },
    sources: () => {
      const rows = summarizeSources(dataset);
      note(filterSourceRows(rows, filters.search));
      note(describeSourceTotals(rows));
      note(listConflicts(dataset));
    },
    changelog: () => note(listChangelog(dataset.meta)),
  };

  const timings: Record<string, number> = {};
  for (const [name, derive] of Object.entries(sections)) {
    const start = performance.now();
    derive();
    timings[name] = performance.now() - start;
  }
  return { produced, sections: timings };
}
