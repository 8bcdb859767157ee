import { topicEvidence } from '@/features/topics/topic-evidence';
import { evidence, makeCommitment, makeDataset, makeMeeting } from '../../support/fixtures';
import { topics, raise, r1, r2, empty } from './topics-fixture';

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
