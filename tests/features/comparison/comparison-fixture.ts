import type { Dialogue, Readout, Topic } from '@/domain/schema';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const topics: Topic[] = [
  { id: 'topic-a', label: 'Alpha', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Beta', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Gamma', definition: 'C.', group: 'governance' },
  { id: 'topic-d', label: 'Delta', definition: 'D.', group: 'cooperation' },
];
export const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
export const dialogueById = new Map<string, Dialogue>(
  makeDataset().dialogues.map((dialogue) => [dialogue.id, dialogue]),
);

export const raise = (topic: string, raisedIn: Readout, quote = `${topic} in ${raisedIn}`) => ({
  topic,
  raisedIn,
  evidence: evidence('src-a', quote),
});
const on = (value: string) => ({
  value,
  precision: 'day' as const,
  uncertain: false,
  evidence: evidence(),
});

// Round 1: US and Kazakh readouts; Alpha in both, Beta US only, Gamma Kazakh only.
export const r1 = makeMeeting({
  id: 'r1',
  round: 1,
  date: on('2022-04-11'),
  topics: [
    raise('topic-a', 'us-statement'),
    raise('topic-b', 'us-statement'),
    raise('topic-a', 'kazakh-readout'),
    raise('topic-c', 'kazakh-readout'),
  ],
});
// Round 2: a joint statement only.
export const r2 = makeMeeting({
  id: 'r2',
  round: 2,
  date: on('2023-01-24'),
  topics: [raise('topic-a', 'joint-statement'), raise('topic-d', 'joint-statement')],
});
// Round 3: a joint statement plus a US statement.
export const r3 = makeMeeting({
  id: 'r3',
  round: 3,
  date: on('2024-05-20'),
  topics: [
    raise('topic-b', 'us-statement'),
    raise('topic-a', 'joint-statement'),
    raise('topic-a', 'us-statement'),
    raise('topic-c', 'joint-statement'),
  ],
});
export const planned = makeMeeting({ id: 'r4', round: 4, date: on('2025-03-01'), topics: [] });
