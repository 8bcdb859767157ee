import {
  buildTopicRoundMatrix,
  shortMeetingLabel,
  summarizeTopicRounds,
} from '@/features/topics/topic-round-matrix';
import { topics, dialogues, raise, r1, r2, empty } from './topics-fixture';
import { evidence, makeMeeting } from '../../support/fixtures';

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
