import { emptyGroupCounts, readoutGroupOf, readoutsByTopic } from '@/domain/readout-group';
import type { Readout } from '@/domain/schema';
import { evidence, makeMeeting } from '../support/fixtures';

describe(readoutGroupOf, () => {
  it.each<[Readout[], ReturnType<typeof readoutGroupOf>]>([
    [['us-statement'], 'us-only'],
    [['kazakh-readout'], 'kz-only'],
    [['us-statement', 'kazakh-readout'], 'both'],
    [['joint-statement'], 'joint'],
    [['joint-statement', 'us-statement', 'kazakh-readout'], 'joint'],
    [['eu-statement'], 'eu'],
    [['eu-statement', 'us-statement'], 'us-only'],
    [[], null],
  ])('maps %j to %s', (readouts, group) => {
    expect(readoutGroupOf(new Set(readouts))).toBe(group);
  });
});

describe(emptyGroupCounts, () => {
  it('gives a fresh zero for every group', () => {
    const counts = emptyGroupCounts();
    counts.joint += 1;
    expect(emptyGroupCounts()).toEqual({ 'us-only': 0, 'kz-only': 0, both: 0, joint: 0, eu: 0 });
  });
});

describe(readoutsByTopic, () => {
  it('lists each topic once with every readout that raised it', () => {
    const raise = (topic: string, raisedIn: Readout) => ({ topic, raisedIn, evidence: evidence() });
    const meeting = makeMeeting({
      topics: [
        raise('energy', 'us-statement'),
        raise('energy', 'kazakh-readout'),
        raise('energy', 'us-statement'),
        raise('trade', 'joint-statement'),
      ],
    });
    expect(readoutsByTopic(meeting)).toEqual(
      new Map([
        ['energy', new Set(['us-statement', 'kazakh-readout'])],
        ['trade', new Set(['joint-statement'])],
      ]),
    );
  });

  it('is empty for a meeting without topics', () => {
    expect(readoutsByTopic(makeMeeting({ topics: [] })).size).toBe(0);
  });
});
