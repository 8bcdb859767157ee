import {
  emptyGroupCounts,
  readoutGroupOf,
  readoutsByTopic,
  type ReadoutGroup,
} from '@/domain/readout-group';
import type { Meeting, Topic } from '@/domain/schema';
import { compareByTotalThenLabel } from '@/lib/compare-text';
import { countNoun } from '@/lib/plural';
import { isolate } from '@/lib/isolate';

/** The topics that get a row: known ids, restricted to the selection when there is one. */
export function rowTopics(topics: readonly Topic[], selectedTopicIds: readonly string[]): Topic[] {
  const selected = new Set(selectedTopicIds);
  return topics.filter((topic) => selected.size === 0 || selected.has(topic.id));
}

export type TopicFrequencyRow = {
  topicId: string;
  label: string;
  /** Distinct meetings raising the topic; equals the sum of the group counts. */
  total: number;
} & Record<ReadoutGroup, number>;

/**
 * Meetings raising each topic, split by readout group: one row per known topic raised at least once
 * (only selected topics when the selection is non-empty), most often raised first, ties by label.
 * A meeting counts once per topic however many readouts raised it. Empty meetings → [].
 * Linear in the topics raised, however many topics the dataset knows.
 */
export function buildTopicFrequency(
  meetings: readonly Meeting[],
  topics: readonly Topic[],
  selectedTopicIds: readonly string[],
): TopicFrequencyRow[] {
  const rowById = new Map(
    rowTopics(topics, selectedTopicIds).map((topic): [string, TopicFrequencyRow] => [
      topic.id,
      { topicId: topic.id, label: topic.label, total: 0, ...emptyGroupCounts() },
    ]),
  );
  for (const meeting of meetings) {
    for (const [topicId, readouts] of readoutsByTopic(meeting)) {
      const row = rowById.get(topicId);
      const group = row ? readoutGroupOf(readouts) : null;
      if (!row || group === null) continue;
      row[group] += 1;
      row.total += 1;
    }
  }
  const rows = [...rowById.values()].filter((row) => row.total > 0);
  return rows.toSorted(compareByTotalThenLabel);
}

function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * One or two sentences for the frequency chart: the most raised topic(s) out of `meetingCount`
 * meetings shown, and how many topics were raised; says so plainly when nothing was raised.
 */
export function summarizeTopicFrequency(
  rows: readonly TopicFrequencyRow[],
  meetingCount: number,
): string {
  const meetings = countNoun(meetingCount, 'meeting', 'meetings');
  if (meetingCount === 0) return 'No meetings match the current filters.';
  const top = rows.reduce((max, row) => Math.max(max, row.total), 0);
  if (top === 0) return `No topics are recorded for the ${meetings} shown.`;
  const leaders = rows.filter((row) => row.total === top);
  const lead =
    leaders.length === 1
      ? `${isolate(leaders[0]?.label ?? '')} came up most often (${top} of ${meetings}).`
      : leaders.length <= 3
        ? `${joinLabels(leaders.map((row) => isolate(row.label)))} came up most often (${top} of ${meetings} each).`
        : `${leaders.length} topics came up equally often (${top} of ${meetings} each).`;
  const raisedCount = rows.filter((row) => row.total > 0).length;
  const verb = raisedCount === 1 ? 'was' : 'were';
  return `${lead} ${countNoun(raisedCount, 'topic', 'topics')} ${verb} raised in the meetings shown.`;
}
