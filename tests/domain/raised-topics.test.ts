import { indexDataset } from '@/domain/dataset-index';
import { raisedTopics } from '@/domain/raised-topics';
import { evidence, makeDataset, makeMeeting } from '../support/fixtures';

const meeting = makeMeeting({
  topics: [
    { topic: 'topic-b', raisedIn: 'us-statement', evidence: evidence('src-a', 'US on B') },
    { topic: 'topic-a', raisedIn: 'kazakh-readout', evidence: evidence('src-b', 'KZ on A') },
    { topic: 'topic-b', raisedIn: 'kazakh-readout', evidence: evidence('src-b', 'KZ on B') },
  ],
});
const dataset = indexDataset(makeDataset({ meetings: [meeting] }));

describe(raisedTopics, () => {
  it('merges a topic raised in several readouts and sorts by label', () => {
    const topics = [...raisedTopics(dataset, meeting).values()];
    expect(topics.map((t) => [t.label, t.raisedIn])).toEqual([
      ['Topic A', ['kazakh-readout']],
      ['Topic B', ['us-statement', 'kazakh-readout']],
    ]);
    expect(topics.map((t) => t.evidence.map((e) => e.quote))).toEqual([
      ['KZ on A'],
      ['US on B', 'KZ on B'],
    ]);
  });

  it('falls back to the id for a topic missing from the dataset, and is empty without topics', () => {
    const loose = indexDataset(makeDataset({ meetings: [meeting], topics: [] }));
    expect([...raisedTopics(loose, meeting).keys()]).toEqual(['topic-a', 'topic-b']);
    expect(raisedTopics(loose, meeting).get('topic-a')?.label).toBe('topic-a');
    expect(raisedTopics(dataset, { ...meeting, topics: [] }).size).toBe(0);
  });
});
