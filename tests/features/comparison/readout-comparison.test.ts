import {
  compareReadouts,
  meetingsWithSeveralReadouts,
  pickComparedMeeting,
  readoutInSentence,
} from '@/features/comparison/readout-comparison';
import { evidence, makeMeeting } from '../../support/fixtures';
import { topicsById, raise, r1, r2, r3, planned } from './comparison-fixture';

describe(compareReadouts, () => {
  it('lists the readouts present and splits topics into US only, Kazakh only and both', () => {
    const result = compareReadouts(r1, topicsById);
    expect(result.meetingId).toBe('r1');
    expect(result.readouts).toEqual(['us-statement', 'kazakh-readout']);
    expect(result.multipleReadouts).toBe(true);
    expect(result.topics.map((t) => [t.topicId, t.raisedIn, t.onlyOne])).toEqual([
      ['topic-a', ['us-statement', 'kazakh-readout'], null],
      ['topic-b', ['us-statement'], 'us-statement'],
      ['topic-c', ['kazakh-readout'], 'kazakh-readout'],
    ]);
    expect(result.usOnly.map((t) => t.label)).toEqual(['Beta']);
    expect(result.kzOnly.map((t) => t.label)).toEqual(['Gamma']);
    expect(result.both.map((t) => t.label)).toEqual(['Alpha']);
  });

  it('orders readouts joint, US, Kazakh, EU and counts joint-statement topics for both sides', () => {
    const result = compareReadouts(r3, topicsById);
    expect(result.readouts).toEqual(['joint-statement', 'us-statement']);
    expect(result.both.map((t) => t.topicId)).toEqual(['topic-a', 'topic-c']);
    expect(result.usOnly.map((t) => t.topicId)).toEqual(['topic-b']);
    expect(result.kzOnly).toEqual([]);
    expect(result.topics.find((t) => t.topicId === 'topic-c')?.onlyOne).toBe('joint-statement');
  });

  it('builds one column per readout, shared topics first, each with its own quotes', () => {
    const result = compareReadouts(r3, topicsById);
    expect(
      result.columns.map((column) => [
        column.readout,
        column.topics.map(({ topic, evidence: quotes }) => [topic.topicId, quotes[0]?.quote]),
      ]),
    ).toEqual([
      [
        'joint-statement',
        [
          ['topic-a', 'topic-a in joint-statement'],
          ['topic-c', 'topic-c in joint-statement'],
        ],
      ],
      [
        'us-statement',
        [
          ['topic-a', 'topic-a in us-statement'],
          ['topic-b', 'topic-b in us-statement'],
        ],
      ],
    ]);
  });

  it('merges the quotes of a topic listed twice for the same readout', () => {
    const meeting = makeMeeting({
      topics: [raise('topic-a', 'us-statement', 'one'), raise('topic-a', 'us-statement', 'two')],
    });
    const [topic] = compareReadouts(meeting, topicsById).topics;
    expect(topic?.entries).toEqual([
      {
        readout: 'us-statement',
        evidence: [...evidence('src-a', 'one'), ...evidence('src-a', 'two')],
      },
    ]);
  });

  it('reports a single readout as not comparable but still sorts its topics by side', () => {
    const result = compareReadouts(r2, topicsById);
    expect(result.readouts).toEqual(['joint-statement']);
    expect(result.multipleReadouts).toBe(false);
    expect(result.both).toHaveLength(2);
  });

  it('keeps EU-statement topics out of the side lists and unknown topic ids as their label', () => {
    const meeting = makeMeeting({
      topics: [raise('topic-x', 'eu-statement'), raise('topic-a', 'us-statement')],
    });
    const result = compareReadouts(meeting, topicsById);
    expect(result.readouts).toEqual(['us-statement', 'eu-statement']);
    expect(result.topics.map((t) => t.label)).toEqual(['topic-x', 'Alpha']);
    expect(result.usOnly.map((t) => t.topicId)).toEqual(['topic-a']);
    expect(result.both).toEqual([]);
  });

  it('gives empty lists for a meeting without topics', () => {
    const result = compareReadouts(planned, topicsById);
    expect(result).toMatchObject({
      readouts: [],
      multipleReadouts: false,
      topics: [],
      usOnly: [],
      kzOnly: [],
      both: [],
      columns: [],
    });
  });
});

describe(readoutInSentence, () => {
  it.each([
    ['us-statement', 'the US statement'],
    ['kazakh-readout', 'the Kazakh readout'],
    ['joint-statement', 'the joint statement'],
    ['eu-statement', 'the EU statement'],
  ] as const)('%s → %s', (readout, text) => {
    expect(readoutInSentence(readout)).toBe(text);
  });
});

describe(meetingsWithSeveralReadouts, () => {
  it('keeps meetings with two or more readouts, newest first', () => {
    expect(meetingsWithSeveralReadouts([r1, r2, r3, planned]).map((m) => m.id)).toEqual([
      'r3',
      'r1',
    ]);
  });

  it('returns [] for no meetings', () => {
    expect(meetingsWithSeveralReadouts([])).toEqual([]);
  });
});

describe(pickComparedMeeting, () => {
  it.each([
    ['the requested candidate', 'r1', 'r1'],
    ['the first candidate when nothing is requested', null, 'r3'],
    ['the first candidate for an unknown id', 'nope', 'r3'],
    ['the first candidate for a meeting that is not a candidate', 'r2', 'r3'],
  ])('picks %s', (_, requested, expected) => {
    expect(pickComparedMeeting([r3, r1], requested)?.id).toBe(expected);
  });

  it('is null without candidates', () => {
    expect(pickComparedMeeting([], 'r1')).toBeNull();
  });
});
