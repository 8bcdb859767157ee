import type { Dialogue, Meeting, Topic } from '@/domain/schema';
import { evidence, makeMeeting } from '../../support/fixtures';

export const US: Dialogue = {
  id: 'us-kz',
  name: 'US–Kazakhstan dialogue',
  shortName: 'US–Kazakhstan',
  parties: ['us', 'kz'],
  primary: true,
  description: 'Primary.',
};
export const EU: Dialogue = { ...US, id: 'eu-kz', shortName: 'EU–Kazakhstan', primary: false };
// EU listed first on purpose: the primary dialogue must still come first.
export const dataset = { dialogues: [EU, US] };

export const topics: Topic[] = [
  { id: 'topic-a', label: 'Topic A', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Topic B', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Topic C', definition: 'C.', group: 'governance' },
];

export function meeting(
  id: string,
  dialogue: string,
  date: string,
  topicIds: string[],
  uncertain = false,
): Meeting {
  return makeMeeting({
    id,
    dialogue,
    date: { value: date, precision: 'day', uncertain, evidence: evidence() },
    topics: topicIds.map((topic) => ({ topic, raisedIn: 'us-statement', evidence: evidence() })),
  });
}

export const meetings = [
  meeting('us-1', 'us-kz', '2022-04-11', ['topic-a', 'topic-b', 'topic-a']),
  meeting('us-2', 'us-kz', '2023-01-24', ['topic-a']),
  meeting('us-3', 'us-kz', '2025', []),
  meeting('eu-1', 'eu-kz', '2017-11-29', []),
  meeting('eu-2', 'eu-kz', '2023-03-09', ['topic-b', 'topic-c']),
  meeting('eu-3', 'eu-kz', '2024', [], true),
  meeting('eu-4', 'eu-kz', '2025-03-06', ['topic-b'], true),
  meeting('eu-5', 'eu-kz', '2021-12-02', []),
  meeting('eu-6', 'eu-kz', '2020-11-26', ['topic-a']),
];
