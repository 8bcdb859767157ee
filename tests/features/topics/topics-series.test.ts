import type { Readout, Topic } from '@/domain/schema';
import {
  buildTopicFrequency,
  buildTopicRoundMatrix,
  shortMeetingLabel,
  summarizeTopicFrequency,
  summarizeTopicRounds,
  topicEvidence,
  truncateLabel,
  type TopicFrequencyRow,
} from '@/features/topics/topics-series';
import { evidence, makeCommitment, makeDataset, makeMeeting } from '../../support/fixtures';

const topics: Topic[] = [
  { id: 'topic-a', label: 'Alpha', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Beta', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Gamma', definition: 'C.', group: 'governance' },
];
const { dialogues } = makeDataset();

const raise = (topic: string, raisedIn: Readout, quote = 'a verbatim quote') => ({
  topic,
  raisedIn,
  evidence: evidence('src-a', quote),
});

const r1 = makeMeeting({
  id: 'r1',
  round: 1,
  date: { value: '2022-04-11', precision: 'day', uncertain: false, evidence: evidence() },
  topics: [
    raise('topic-a', 'us-statement'),
    raise('topic-a', 'kazakh-readout'),
    raise('topic-b', 'kazakh-readout'),
  ],
});
const r2 = makeMeeting({
  id: 'r2',
  round: 2,
  date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
  topics: [raise('topic-a', 'joint-statement'), raise('topic-c', 'us-statement')],
});
const empty = makeMeeting({
  id: 'r3',
  round: 3,
  date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
  topics: [],
});

const zero = { 'us-only': 0, 'kz-only': 0, both: 0, joint: 0, eu: 0 };
const row = (overrides: Partial<TopicFrequencyRow>): TopicFrequencyRow => ({
  topicId: 'topic-a',
  label: 'Alpha',
  total: 0,
  ...zero,
  ...overrides,
});

describe(buildTopicFrequency, () => {
  it('returns no rows for no meetings', () => {
    expect(buildTopicFrequency([], topics, [])).toEqual([]);
  });

  it('counts a meeting once per topic even when two readouts raised it', () => {
    expect(buildTopicFrequency([r1], topics, [])).toEqual([
      row({ total: 1, both: 1 }),
      row({ topicId: 'topic-b', label: 'Beta', total: 1, 'kz-only': 1 }),
    ]);
  });

  it('sorts by total, then label, and leaves out topics never raised', () => {
    const rows = buildTopicFrequency([r1, r2, empty], topics, []);
    expect(rows.map((r) => [r.label, r.total])).toEqual([
      ['Alpha', 2],
      ['Beta', 1],
      ['Gamma', 1],
    ]);
    expect(rows[0]).toEqual(row({ total: 2, both: 1, joint: 1 }));
  });

  it('keeps only the selected topics when some are selected', () => {
    const rows = buildTopicFrequency([r1, r2], topics, ['topic-c']);
    expect(rows.map((r) => r.topicId)).toEqual(['topic-c']);
  });

  it('ignores unknown topic ids in meetings and in the selection', () => {
    const odd = makeMeeting({ id: 'odd', topics: [raise('topic-x', 'us-statement')] });
    expect(buildTopicFrequency([odd], topics, [])).toEqual([]);
    expect(buildTopicFrequency([r1], topics, ['topic-x'])).toEqual([]);
  });
});

describe(shortMeetingLabel, () => {
  it('names the dialogue, round and year, or the date when unnumbered', () => {
    expect(shortMeetingLabel(r2, dialogues[0])).toBe('A R2 · 2023');
    expect(shortMeetingLabel({ ...r2, round: null }, dialogues[0])).toBe('A · 24 January 2023');
    expect(shortMeetingLabel(r2, undefined)).toBe('dialogue-a R2 · 2023');
  });
});

describe(buildTopicRoundMatrix, () => {
  it('is empty for no meetings', () => {
    expect(buildTopicRoundMatrix([], topics, dialogues, [])).toEqual({
      columns: [],
      rows: [],
      omittedMeetings: 0,
      hiddenColumns: 0,
      hiddenRows: 0,
    });
  });

  it('puts meetings oldest first, drops meetings without topics and orders rows by first appearance', () => {
    const matrix = buildTopicRoundMatrix([empty, r2, r1], topics, dialogues, []);
    expect(matrix.columns).toEqual([
      { meetingId: 'r1', label: 'A R1 · 2022', dialogueId: 'dialogue-a' },
      { meetingId: 'r2', label: 'A R2 · 2023', dialogueId: 'dialogue-a' },
    ]);
    expect(matrix.omittedMeetings).toBe(1);
    expect(matrix.rows).toEqual([
      {
        topicId: 'topic-a',
        label: 'Alpha',
        cells: [
          { meetingId: 'r1', group: 'both' },
          { meetingId: 'r2', group: 'joint' },
        ],
      },
      {
        topicId: 'topic-b',
        label: 'Beta',
        cells: [
          { meetingId: 'r1', group: 'kz-only' },
          { meetingId: 'r2', group: null },
        ],
      },
      {
        topicId: 'topic-c',
        label: 'Gamma',
        cells: [
          { meetingId: 'r1', group: null },
          { meetingId: 'r2', group: 'us-only' },
        ],
      },
    ]);
  });

  it('restricts rows and columns to the selected topics', () => {
    const matrix = buildTopicRoundMatrix([r1, r2], topics, dialogues, ['topic-c', 'topic-x']);
    expect(matrix.rows.map((r) => r.topicId)).toEqual(['topic-c']);
    expect(matrix.columns.map((c) => c.meetingId)).toEqual(['r2']);
    expect(matrix.omittedMeetings).toBe(1);
  });

  it('keeps the latest meetings and the most raised topics within the limits', () => {
    const matrix = buildTopicRoundMatrix([empty, r2, r1], topics, dialogues, [], {
      rows: 1,
      columns: 1,
    });
    expect(matrix.columns.map((c) => c.meetingId)).toEqual(['r2']);
    expect(matrix.hiddenColumns).toBe(1);
    // In r2 Alpha and Gamma were each raised once: the tie goes to the label.
    expect(matrix.rows).toEqual([
      { topicId: 'topic-a', label: 'Alpha', cells: [{ meetingId: 'r2', group: 'joint' }] },
    ]);
    expect(matrix.hiddenRows).toBe(1);
    expect(matrix.omittedMeetings).toBe(1);
  });

  it('ranks topics by how often the shown meetings raised them when rows are limited', () => {
    const r4 = makeMeeting({
      id: 'r4',
      round: 4,
      date: { value: '2024-06-03', precision: 'day', uncertain: false, evidence: evidence() },
      topics: [raise('topic-c', 'kazakh-readout')],
    });
    const matrix = buildTopicRoundMatrix([r1, r2, r4], topics, dialogues, [], {
      rows: 2,
      columns: 10,
    });
    // Alpha (2) and Gamma (2) beat Beta (1); the kept rows are then ordered by first appearance.
    expect(matrix.rows.map((r) => r.label)).toEqual(['Alpha', 'Gamma']);
    expect(matrix.hiddenRows).toBe(1);
    expect(matrix.hiddenColumns).toBe(0);
  });
});

describe(summarizeTopicFrequency, () => {
  it.each<[string, TopicFrequencyRow[], number, string]>([
    ['no meetings', [], 0, 'No meetings match the current filters.'],
    ['meetings without topics', [], 2, 'No topics are recorded for the 2 meetings shown.'],
    [
      'one leader',
      [row({ total: 4 }), row({ label: 'Beta', total: 1 })],
      9,
      'Alpha came up most often (4 of 9 meetings). 2 topics were raised in the meetings shown.',
    ],
    [
      'a single topic in a single meeting',
      [row({ total: 1 })],
      1,
      'Alpha came up most often (1 of 1 meeting). 1 topic was raised in the meetings shown.',
    ],
    [
      'a tie',
      [row({ total: 2 }), row({ label: 'Beta', total: 2 })],
      3,
      'Alpha and Beta came up most often (2 of 3 meetings each). 2 topics were raised in the meetings shown.',
    ],
    [
      'a wide tie',
      ['A', 'B', 'C', 'D'].map((label) => row({ label, total: 1 })),
      1,
      '4 topics came up equally often (1 of 1 meeting each). 4 topics were raised in the meetings shown.',
    ],
  ])('summarises %s', (_, rows, meetings, sentence) => {
    expect(summarizeTopicFrequency(rows, meetings)).toBe(sentence);
  });
});

describe(summarizeTopicRounds, () => {
  it('says how big the grid is and how many meetings were left out', () => {
    expect(
      summarizeTopicRounds(buildTopicRoundMatrix([r1, r2, empty], topics, dialogues, [])),
    ).toBe(
      '3 topics across 2 meetings, oldest first; each cell names the readout that raised the topic. 1 meeting with none of these topics recorded is left out.',
    );
    expect(summarizeTopicRounds(buildTopicRoundMatrix([r1], topics, dialogues, ['topic-a']))).toBe(
      '1 topic across 1 meeting, oldest first; each cell names the readout that raised the topic.',
    );
    expect(summarizeTopicRounds(buildTopicRoundMatrix([], topics, dialogues, []))).toBe(
      'No topics are recorded for the meetings shown.',
    );
  });

  it('says what a grid limit left out and how to see it', () => {
    const limited = buildTopicRoundMatrix([r1, r2, empty], topics, dialogues, [], {
      rows: 1,
      columns: 1,
    });
    expect(summarizeTopicRounds(limited)).toBe(
      '1 topic across 1 meeting, oldest first; each cell names the readout that raised the topic. To stay readable the grid shows the latest 1 of 2 meetings and the 1 most raised of 2 topics; filter by topic, year or dialogue to see the others. 1 meeting with none of these topics recorded is left out.',
    );
  });
});

describe(topicEvidence, () => {
  const dataset = makeDataset({
    topics,
    commitments: [
      makeCommitment({ id: 'c-a', topics: ['topic-a'] }),
      makeCommitment({ id: 'c-b', topics: ['topic-b'] }),
    ],
  });
  const twice = makeMeeting({
    id: 'r0',
    date: { value: '2021', precision: 'year', uncertain: false, evidence: evidence() },
    topics: [
      raise('topic-a', 'kazakh-readout', 'second'),
      raise('topic-a', 'us-statement', 'first'),
      raise('topic-a', 'kazakh-readout', 'third'),
    ],
  });

  it('lists the meetings raising the topic oldest first, readouts in a fixed order', () => {
    const result = topicEvidence(dataset, 'topic-a', [r2, empty, twice]);
    expect(result.meetings.map((m) => [m.meeting.id, m.label, m.group])).toEqual([
      ['r0', 'A R1 · 2021', 'both'],
      ['r2', 'A R2 · 2023', 'joint'],
    ]);
    expect(
      result.meetings[0]?.raised.map((r) => [r.readout, r.evidence.map((e) => e.quote)]),
    ).toEqual([
      ['us-statement', ['first']],
      ['kazakh-readout', ['second', 'third']],
    ]);
    expect(result.commitments.map((c) => c.id)).toEqual(['c-a']);
  });

  it('is empty for an unknown topic or no meetings', () => {
    expect(topicEvidence(dataset, 'topic-x', [r1, r2])).toEqual({ meetings: [], commitments: [] });
    expect(topicEvidence(dataset, 'topic-b', []).meetings).toEqual([]);
  });
});

describe(truncateLabel, () => {
  it.each([
    ['Short', 10, 'Short'],
    ['Exactly10!', 10, 'Exactly10!'],
    ['A label that is far too long', 10, 'A label t…'],
    ['A label   spaced', 10, 'A label…'],
    ['', 5, ''],
  ])('cuts %j to %i characters', (label, max, expected) => {
    expect(truncateLabel(label, max)).toBe(expected);
  });
});
