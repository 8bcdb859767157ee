import { readoutGroupOf, readoutsByTopic, type ReadoutGroup } from '@/domain/readout-group';
import type { Dialogue, Meeting, Readout, Topic } from '@/domain/schema';
import { comparePartialDates, formatPartialDate, yearOf } from '@/lib/dates';
import { compareText } from '@/lib/compare-text';
import { countNoun } from '@/lib/plural';
import { rowTopics } from '@/features/topics/topic-frequency';

/** A short meeting name for heatmap columns, e.g. "US–Kazakhstan R3 · 2024", or with the date when unnumbered. */
export function shortMeetingLabel(meeting: Meeting, dialogue: Dialogue | undefined): string {
  const name = dialogue?.shortName ?? meeting.dialogue;
  return meeting.round === null
    ? `${name} · ${formatPartialDate(meeting.date.value, meeting.date.uncertain)}`
    : `${name} R${meeting.round} · ${yearOf(meeting.date.value)}`;
}

export type TopicRoundColumn = { meetingId: string; label: string; dialogueId: string };
export type TopicRoundCell = { meetingId: string; group: ReadoutGroup | null };
export type TopicRoundRow = { topicId: string; label: string; cells: TopicRoundCell[] };
export type TopicRoundMatrix = {
  columns: TopicRoundColumn[];
  rows: TopicRoundRow[];
  /** Meetings left out because they raised none of the row topics. */
  omittedMeetings: number;
  /** Meetings that raised a row topic but fell outside `limits.columns` (older ones go first). */
  hiddenColumns: number;
  /** Topics raised in the shown meetings but outside `limits.rows` (the least raised go first). */
  hiddenRows: number;
};

/** The most rows and columns a grid shows; the default shows everything. */
export type GridLimits = { rows: number; columns: number };
const NO_LIMITS: GridLimits = { rows: Infinity, columns: Infinity };

const NO_READOUTS: ReadonlySet<Readout> = new Set();

/** What the grid needs to know of each topic before it builds any cell. */
type RowStats = { topic: Topic; first: number; count: number };

/**
 * Topic × meeting grid: columns are the meetings (oldest first) that raised at least one row topic,
 * rows are the topics of `buildTopicFrequency`'s rule ordered by first appearance, then frequency,
 * then label; each cell holds the readout group that raised it there, or null. With `limits`, only
 * the latest `columns` of those meetings and the `rows` topics most raised in them are kept, so the
 * work and the cells stay bounded however large the dataset.
 */
export function buildTopicRoundMatrix(
  meetings: readonly Meeting[],
  topics: readonly Topic[],
  dialogues: readonly Dialogue[],
  selectedTopicIds: readonly string[],
  limits: GridLimits = NO_LIMITS,
): TopicRoundMatrix {
  const dialogueById = new Map(dialogues.map((dialogue) => [dialogue.id, dialogue]));
  const candidates = new Map(rowTopics(topics, selectedTopicIds).map((topic) => [topic.id, topic]));
  const raised = meetings
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => ({ meeting, byTopic: readoutsByTopic(meeting) }))
    .filter(({ byTopic }) => [...byTopic.keys()].some((topicId) => candidates.has(topicId)));
  const shown = raised.slice(Math.max(0, raised.length - limits.columns));

  const stats = new Map<string, RowStats>();
  shown.forEach(({ byTopic }, column) => {
    for (const [topicId, readouts] of byTopic) {
      const topic = candidates.get(topicId);
      if (!topic || readoutGroupOf(readouts) === null) continue;
      const entry = stats.get(topicId);
      if (entry) entry.count += 1;
      else stats.set(topicId, { topic, first: column, count: 1 });
    }
  });
  const kept = [...stats.values()]
    .toSorted((a, b) => b.count - a.count || compareText(a.topic.label, b.topic.label))
    .slice(0, limits.rows)
    .toSorted(
      (a, b) => a.first - b.first || b.count - a.count || compareText(a.topic.label, b.topic.label),
    );

  return {
    columns: shown.map(({ meeting }) => ({
      meetingId: meeting.id,
      label: shortMeetingLabel(meeting, dialogueById.get(meeting.dialogue)),
      dialogueId: meeting.dialogue,
    })),
    rows: kept.map(({ topic }) => ({
      topicId: topic.id,
      label: topic.label,
      cells: shown.map(({ meeting, byTopic }) => ({
        meetingId: meeting.id,
        group: readoutGroupOf(byTopic.get(topic.id) ?? NO_READOUTS),
      })),
    })),
    omittedMeetings: meetings.length - raised.length,
    hiddenColumns: raised.length - shown.length,
    hiddenRows: stats.size - kept.length,
  };
}

/**
 * One or two sentences for the topic-by-meeting view: its size, what a grid limit left out (and how
 * to see it), and the meetings left out for having no topics.
 */
export function summarizeTopicRounds(matrix: TopicRoundMatrix): string {
  if (matrix.rows.length === 0) return 'No topics are recorded for the meetings shown.';
  const size = `${countNoun(matrix.rows.length, 'topic', 'topics')} across ${countNoun(matrix.columns.length, 'meeting', 'meetings')}, oldest first; each cell names the readout that raised the topic.`;
  const limited = [
    matrix.hiddenColumns > 0 &&
      `the latest ${matrix.columns.length} of ${matrix.columns.length + matrix.hiddenColumns} meetings`,
    matrix.hiddenRows > 0 &&
      `the ${matrix.rows.length} most raised of ${matrix.rows.length + matrix.hiddenRows} topics`,
  ].filter((part) => part !== false);
  const limit =
    limited.length === 0
      ? ''
      : ` To stay readable the grid shows ${limited.join(' and ')}; filter by topic, year or dialogue to see the others.`;
  if (matrix.omittedMeetings === 0) return `${size}${limit}`;
  const omitted = countNoun(matrix.omittedMeetings, 'meeting', 'meetings');
  return `${size}${limit} ${omitted} with none of these topics recorded ${matrix.omittedMeetings === 1 ? 'is' : 'are'} left out.`;
}
