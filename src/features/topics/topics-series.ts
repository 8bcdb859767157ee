import {
  emptyGroupCounts,
  readoutGroupOf,
  readoutsByTopic,
  type ReadoutGroup,
} from '@/domain/readout-group';
import type {
  Commitment,
  Dataset,
  Dialogue,
  Evidence,
  Meeting,
  Readout,
  Topic,
} from '@/domain/schema';
import { READOUT_LABELS } from '@/domain/labels';
import { comparePartialDates, formatPartialDate, yearOf } from '@/lib/dates';
import { compareByTotalThenLabel, compareText } from '@/lib/compare-text';
import { countNoun } from '@/lib/plural';

const READOUT_ORDER = Object.keys(READOUT_LABELS) as Readout[];

/** The topics that get a row: known ids, restricted to the selection when there is one. */
function rowTopics(topics: readonly Topic[], selectedTopicIds: readonly string[]): Topic[] {
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
      ? `${leaders[0]?.label} came up most often (${top} of ${meetings}).`
      : leaders.length <= 3
        ? `${joinLabels(leaders.map((row) => row.label))} came up most often (${top} of ${meetings} each).`
        : `${leaders.length} topics came up equally often (${top} of ${meetings} each).`;
  const raisedCount = rows.filter((row) => row.total > 0).length;
  const verb = raisedCount === 1 ? 'was' : 'were';
  return `${lead} ${countNoun(raisedCount, 'topic', 'topics')} ${verb} raised in the meetings shown.`;
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

export type RaisedEntry = { readout: Readout; evidence: Evidence[] };
export type TopicMeetingEvidence = {
  meeting: Meeting;
  label: string;
  group: ReadoutGroup | null;
  /** One entry per readout, in READOUT_LABELS order, with all its quotes. */
  raised: RaisedEntry[];
};
export type TopicEvidence = {
  meetings: TopicMeetingEvidence[];
  /** Commitments tagged with the topic, in dataset order. */
  commitments: Commitment[];
};

/**
 * The evidence behind a topic's count: each of `meetings` that raised it (oldest first) with its
 * readouts and quotes, and every commitment in the dataset tagged with it. Unknown id → empty lists.
 */
export function topicEvidence(
  dataset: Pick<Dataset, 'dialogues' | 'commitments'>,
  topicId: string,
  meetings: readonly Meeting[],
): TopicEvidence {
  const dialogueById = new Map(dataset.dialogues.map((dialogue) => [dialogue.id, dialogue]));
  const perMeeting = meetings
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => {
      const entries = meeting.topics.filter((raised) => raised.topic === topicId);
      const raised = READOUT_ORDER.map((readout) => ({
        readout,
        evidence: entries
          .filter((entry) => entry.raisedIn === readout)
          .flatMap((entry) => entry.evidence),
      })).filter((entry) => entry.evidence.length > 0);
      return {
        meeting,
        label: shortMeetingLabel(meeting, dialogueById.get(meeting.dialogue)),
        group: readoutGroupOf(new Set(raised.map((entry) => entry.readout))),
        raised,
      };
    })
    .filter((entry) => entry.raised.length > 0);
  return {
    meetings: perMeeting,
    commitments: dataset.commitments.filter((commitment) => commitment.topics.includes(topicId)),
  };
}

/** A label cut to `max` characters with an ellipsis, for axis ticks; shorter labels are unchanged. */
export function truncateLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
