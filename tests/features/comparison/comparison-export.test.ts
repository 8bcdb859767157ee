import { buildAgendaOverlapExport } from '@/features/comparison/comparison-export';
import { describeReadouts } from '@/features/comparison/comparison-spec';
import { buildAgendaOverlap } from '@/features/comparison/agenda-overlap';
import { evidence, makeMeeting } from '../../support/fixtures';

const compared = makeMeeting({
  id: 'r1',
  topics: [
    { topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence() },
    { topic: 'topic-a', raisedIn: 'kazakh-readout', evidence: evidence() },
    { topic: 'topic-b', raisedIn: 'us-statement', evidence: evidence() },
  ],
});
const joint = makeMeeting({
  id: 'r2',
  round: 2,
  date: { value: '2023', precision: 'year', uncertain: false, evidence: evidence() },
  topics: [{ topic: 'topic-a', raisedIn: 'joint-statement', evidence: evidence() }],
});
const empty = makeMeeting({ id: 'r3', round: 3, topics: [] });

describe(describeReadouts, () => {
  it('lists the readouts and says when there is only one', () => {
    expect(
      describeReadouts({ readouts: ['us-statement', 'kazakh-readout'], singleReadout: false }),
    ).toBe('US statement, Kazakh readout');
    expect(describeReadouts({ readouts: ['joint-statement'], singleReadout: true })).toBe(
      'Joint statement (one readout only)',
    );
  });
});

describe(buildAgendaOverlapExport, () => {
  it('exports the table rows, the meetings behind the bars and the legend', () => {
    const meetings = [compared, joint, empty];
    const rows = buildAgendaOverlap(meetings, new Map());
    const spec = buildAgendaOverlapExport(rows, meetings);

    expect(spec.stem).toBe('agenda-overlap');
    expect(spec.csv.header).toEqual([
      'Meeting',
      'Date',
      'Readouts',
      'Topics',
      'Both US and Kazakh readouts',
      'Joint statement',
      'US statement only',
      'Kazakh readout only',
      'EU statement',
      'Raised by both sides',
    ]);
    expect(spec.csv.rows).toEqual([
      [
        'dialogue-a round 1',
        '11 April 2022',
        'US statement, Kazakh readout',
        2,
        1,
        0,
        1,
        0,
        0,
        '50%',
      ],
      [
        'dialogue-a round 2',
        '2023',
        'Joint statement (one readout only)',
        1,
        0,
        1,
        0,
        0,
        0,
        '100%',
      ],
    ]);
    expect(spec.records).toEqual([compared, joint]);
    expect(spec.legend.map((item) => item.label)).toEqual(spec.csv.header.slice(4, 9));
    expect(spec.legend.every((item) => item.color.startsWith('var(--color-'))).toBe(true);
  });

  it('is empty for no rows', () => {
    const spec = buildAgendaOverlapExport([], []);
    expect(spec.csv.rows).toEqual([]);
    expect(spec.records).toEqual([]);
  });
});
