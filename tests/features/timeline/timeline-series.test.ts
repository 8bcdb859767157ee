import { parseDataset } from '@/data/parse-dataset';
import { isolate, withoutIsolates } from '@/lib/isolate';
import {
  buildMilestones,
  buildTimelineSeries,
  summarizeTimeline,
} from '@/features/timeline/timeline-series';
import {
  evidence,
  makeCommitment,
  makeDataset,
  makeEvent,
  makeMeeting,
} from '../../support/fixtures';

/** Reference dates: while the fixture's round 2 (planned for 2025) is still due, and after. */
const DURING_2025 = '2025-06-01';
const AFTER_2025 = '2026-01-01';

const base = makeDataset();
const dataset = parseDataset(
  makeDataset({
    dialogues: [
      { ...base.dialogues[0]!, id: 'dialogue-eu', shortName: 'EU–Kazakhstan', primary: false },
      { ...base.dialogues[0]!, shortName: 'US–Kazakhstan' },
    ],
    meetings: [
      ...base.meetings,
      makeMeeting({
        id: 'eu-1',
        dialogue: 'dialogue-eu',
        round: null,
        date: { value: '2020-11-26', precision: 'day', uncertain: false, evidence: evidence() },
        location: { city: null, country: null, format: 'online', evidence: evidence() },
      }),
    ],
    commitments: [
      makeCommitment({
        title: 'DV law',
        events: [
          makeEvent({
            id: 'signed',
            type: 'adopted',
            date: { value: '2024-04-15', precision: 'day', uncertain: false },
          }),
          makeEvent({
            id: 'praised',
            type: 'welcomed',
            date: { value: '2024-05-20', precision: 'day', uncertain: false },
          }),
          makeEvent({
            id: 'force',
            type: 'in-force',
            date: { value: '2024-06-16', precision: 'day', uncertain: false },
          }),
        ],
      }),
    ],
  }),
);

describe(buildMilestones, () => {
  it('keeps acts, not assessments, oldest first, on the given lane', () => {
    const points = buildMilestones(dataset.commitments, [], 2);
    expect(points.map((point) => point.key)).toEqual(['event:signed', 'event:force']);
    expect(points.every((point) => point.lane === 2 && point.targetId === 'commitment-a')).toBe(
      true,
    );
    expect(points.map((point) => point.title)).toEqual([
      'DV law: adopted / signed',
      'DV law: entered into force',
    ]);
  });

  it('keeps only the chosen years', () => {
    expect(buildMilestones(dataset.commitments, [2023], 0)).toEqual([]);
    expect(buildMilestones(dataset.commitments, [2024], 0)).toHaveLength(2);
  });
});

describe(buildTimelineSeries, () => {
  it('puts the primary dialogue first, other dialogues next, milestones last', () => {
    const series = buildTimelineSeries(
      dataset,
      dataset.index.meetingsByDate,
      dataset.commitments,
      [],
      DURING_2025,
    );
    expect(series.lanes.map((lane) => lane.label)).toEqual([
      'US–Kazakhstan meetings',
      'EU–Kazakhstan meetings',
      'Reform milestones',
    ]);
    const eu = series.points.find((point) => point.targetId === 'eu-1');
    expect(eu).toMatchObject({
      lane: 1,
      tone: 'secondary',
      status: 'held',
      title: 'EU–Kazakhstan meeting of 26 November 2020',
      detail: 'Online · held',
    });
    expect(series.points.find((point) => point.targetId === 'meeting-2')).toMatchObject({
      lane: 0,
      status: 'planned',
      precision: 'year',
      dateLabel: '2025',
    });
  });

  it('spans whole years around the points', () => {
    const series = buildTimelineSeries(
      dataset,
      dataset.index.meetingsByDate,
      dataset.commitments,
      [],
      DURING_2025,
    );
    expect(new Date(series.domain[0]).toISOString().slice(0, 10)).toBe('2020-01-01');
    expect(new Date(series.domain[1]).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(series.yearTicks.map((t) => new Date(t).getUTCFullYear())).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('marks a planned meeting whose agreed period ended before the reference date not confirmed', () => {
    const series = buildTimelineSeries(dataset, dataset.index.meetingsByDate, [], [], AFTER_2025);
    expect(series.points.find((point) => point.targetId === 'meeting-2')).toMatchObject({
      status: 'not-confirmed',
      detail: 'Washington · not confirmed — agreed for 2025, no record found',
    });
    expect(series.points.find((point) => point.targetId === 'meeting-1')?.status).toBe('held');
  });

  it('drops lanes with nothing in them', () => {
    const series = buildTimelineSeries(
      dataset,
      [dataset.index.meetingById.get('eu-1')!],
      [],
      [],
      DURING_2025,
    );
    expect(series.lanes.map((lane) => lane.id)).toEqual(['dialogue-eu']);
    expect(series.points[0]?.lane).toBe(0);
  });

  it('is empty for no input', () => {
    const series = buildTimelineSeries(dataset, [], [], [], DURING_2025);
    expect(series.lanes).toEqual([]);
    expect(series.points).toEqual([]);
  });
});

describe(summarizeTimeline, () => {
  it('counts meetings per dialogue, planned ones and milestones, with the span of years', () => {
    const series = buildTimelineSeries(
      dataset,
      dataset.index.meetingsByDate,
      dataset.commitments,
      [],
      DURING_2025,
    );
    expect(summarizeTimeline(series)).toBe(
      `2 ${isolate('US–Kazakhstan')} meetings (1 planned), 1 ${isolate('EU–Kazakhstan')} meeting, 2 reform milestones, 2020–2025.`,
    );
  });

  it('counts not confirmed meetings apart from planned ones', () => {
    const series = buildTimelineSeries(dataset, dataset.index.meetingsByDate, [], [], AFTER_2025);
    expect(withoutIsolates(summarizeTimeline(series))).toBe(
      '2 US–Kazakhstan meetings (1 not confirmed), 1 EU–Kazakhstan meeting, 2020–2025.',
    );
  });

  it('isolates a dialogue name that would reorder the sentence, and changes nothing else', () => {
    const series = buildTimelineSeries(dataset, dataset.index.meetingsByDate, [], [], AFTER_2025);
    const [first, ...others] = series.lanes;
    const lanes = first ? [{ ...first, label: '\u202Eabc meetings' }, ...others] : [];
    expect(summarizeTimeline({ ...series, lanes })).toBe(
      `2 \u2068\u202Eabc\u2069 meetings (1 not confirmed), 1 ${isolate('EU–Kazakhstan')} meeting, 2020–2025.`,
    );
  });

  it('says when nothing matches', () => {
    expect(summarizeTimeline(buildTimelineSeries(dataset, [], [], [], DURING_2025))).toBe(
      'No meetings or reform milestones match the filters.',
    );
  });
});

describe('milestones long before the meetings', () => {
  const old = parseDataset(
    makeDataset({
      commitments: [
        makeCommitment({
          events: [
            makeEvent({ id: 'old', date: { value: '2002', precision: 'year', uncertain: false } }),
            makeEvent({
              id: 'recent',
              date: { value: '2021-12-29', precision: 'day', uncertain: false },
            }),
          ],
        }),
      ],
    }),
  );

  it('keeps them off the axis, counts them and says where they are', () => {
    const series = buildTimelineSeries(
      old,
      old.index.meetingsByDate,
      old.commitments,
      [],
      DURING_2025,
    );
    expect(series.points.map((point) => point.key)).toEqual([
      'meeting:meeting-1',
      'meeting:meeting-2',
      'event:recent',
    ]);
    expect(series.earlierMilestones).toBe(1);
    expect(new Date(series.domain[0]).getUTCFullYear()).toBe(2021);
    expect(summarizeTimeline(series)).toMatch(
      /1 earlier milestone is listed with the reform commitments\.$/,
    );
  });

  it('shows every milestone when no meeting is shown', () => {
    const series = buildTimelineSeries(old, [], old.commitments, [], DURING_2025);
    expect(series.points).toHaveLength(2);
    expect(series.earlierMilestones).toBe(0);
  });
});
