import {
  buildTopicFrequency,
  summarizeTopicFrequency,
  type TopicFrequencyRow,
} from '@/features/topics/topic-frequency';
import { isolate } from '@/lib/isolate';
import { topics, raise, r1, r2, empty, row } from './topics-fixture';
import { makeMeeting } from '../../support/fixtures';

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

describe(summarizeTopicFrequency, () => {
  it.each<[string, TopicFrequencyRow[], number, string]>([
    ['no meetings', [], 0, 'No meetings match the current filters.'],
    ['meetings without topics', [], 2, 'No topics are recorded for the 2 meetings shown.'],
    [
      'one leader',
      [row({ total: 4 }), row({ label: 'Beta', total: 1 })],
      9,
      `${isolate('Alpha')} came up most often (4 of 9 meetings). 2 topics were raised in the meetings shown.`,
    ],
    [
      'a single topic in a single meeting',
      [row({ total: 1 })],
      1,
      `${isolate('Alpha')} came up most often (1 of 1 meeting). 1 topic was raised in the meetings shown.`,
    ],
    [
      'a tie',
      [row({ total: 2 }), row({ label: 'Beta', total: 2 })],
      3,
      `${isolate('Alpha')} and ${isolate('Beta')} came up most often (2 of 3 meetings each). 2 topics were raised in the meetings shown.`,
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

  it('isolates a label that would reorder the sentence, and changes nothing else', () => {
    const rows = [row({ label: '\u202Eabc', total: 2 }), row({ label: 'حقوق', total: 2 })];
    expect(summarizeTopicFrequency(rows, 3)).toBe(
      '\u2068\u202Eabc\u2069 and \u2068حقوق\u2069 came up most often (2 of 3 meetings each). 2 topics were raised in the meetings shown.',
    );
  });
});
