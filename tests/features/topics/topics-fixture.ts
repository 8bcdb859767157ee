import type { Readout, Topic } from '@/domain/schema';
import type { TopicFrequencyRow } from '@/features/topics/topic-frequency';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

export const topics: Topic[] = [
  { id: 'topic-a', label: 'Alpha', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Beta', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Gamma', definition: 'C.', group: 'governance' },
];
export const { dialogues } = makeDataset();

export const raise = (topic: string, raisedIn: Readout, quote = 'a verbatim quote') => ({
  topic,
  raisedIn,
  evidence: evidence('src-a', quote),
});

export const r1 = makeMeeting({
  id: 'r1',
  round: 1,
  date: { value: '2022-04-11', precision: 'day', uncertain: false, evidence: evidence() },
  topics: [
    raise('topic-a', 'us-statement'),
    raise('topic-a', 'kazakh-readout'),
    raise('topic-b', 'kazakh-readout'),
  ],
});
export const r2 = makeMeeting({
  id: 'r2',
  round: 2,
  date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
  topics: [raise('topic-a', 'joint-statement'), raise('topic-c', 'us-statement')],
});
export const empty = makeMeeting({
  id: 'r3',
  round: 3,
  date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
  topics: [],
});

const zero = { 'us-only': 0, 'kz-only': 0, both: 0, joint: 0, eu: 0 };
export const row = (overrides: Partial<TopicFrequencyRow>): TopicFrequencyRow => ({
  topicId: 'topic-a',
  label: 'Alpha',
  total: 0,
  ...zero,
  ...overrides,
});
