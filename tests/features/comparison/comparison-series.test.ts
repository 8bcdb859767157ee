import type { Conflict, Dialogue, Readout, Topic } from '@/domain/schema';
import {
  buildAgendaOverlap,
  compareReadouts,
  conflictsForMeeting,
  formatShare,
  meetingsWithSeveralReadouts,
  pickComparedMeeting,
  readoutInSentence,
  summarizeOverlap,
  type AgendaOverlapRow,
} from '@/features/comparison/comparison-series';
import { generateDataset } from '../../../scripts/synthetic-dataset';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const topics: Topic[] = [
  { id: 'topic-a', label: 'Alpha', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Beta', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Gamma', definition: 'C.', group: 'governance' },
  { id: 'topic-d', label: 'Delta', definition: 'D.', group: 'cooperation' },
];
const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
const dialogueById = new Map<string, Dialogue>(
  makeDataset().dialogues.map((dialogue) => [dialogue.id, dialogue]),
);

const raise = (topic: string, raisedIn: Readout, quote = `${topic} in ${raisedIn}`) => ({
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
const r1 = makeMeeting({
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
const r2 = makeMeeting({
  id: 'r2',
  round: 2,
  date: on('2023-01-24'),
  topics: [raise('topic-a', 'joint-statement'), raise('topic-d', 'joint-statement')],
});
// Round 3: a joint statement plus a US statement.
const r3 = makeMeeting({
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
const planned = makeMeeting({ id: 'r4', round: 4, date: on('2025-03-01'), topics: [] });

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

describe(buildAgendaOverlap, () => {
  it('gives one row per meeting with topics, oldest first, with counts and the overlap share', () => {
    const rows = buildAgendaOverlap([r3, planned, r1, r2], dialogueById);
    expect(
      rows.map(({ meetingId, label, total, both, usOnly, kzOnly, joint, eu, singleReadout }) => ({
        meetingId,
        label,
        total,
        both,
        usOnly,
        kzOnly,
        joint,
        eu,
        singleReadout,
      })),
    ).toEqual([
      {
        meetingId: 'r1',
        label: 'A round 1',
        total: 3,
        both: 1,
        usOnly: 1,
        kzOnly: 1,
        joint: 0,
        eu: 0,
        singleReadout: false,
      },
      {
        meetingId: 'r2',
        label: 'A round 2',
        total: 2,
        both: 0,
        usOnly: 0,
        kzOnly: 0,
        joint: 2,
        eu: 0,
        singleReadout: true,
      },
      {
        meetingId: 'r3',
        label: 'A round 3',
        total: 3,
        both: 0,
        usOnly: 1,
        kzOnly: 0,
        joint: 2,
        eu: 0,
        singleReadout: false,
      },
    ]);
    expect(rows.map((row) => row.overlapShare)).toEqual([1 / 3, 1, 2 / 3]);
    expect(rows[0]?.date).toBe('11 April 2022');
    expect(rows[2]?.readouts).toEqual(['joint-statement', 'us-statement']);
  });

  it('flags a single US statement and counts EU-statement topics apart', () => {
    const usAlone = makeMeeting({ id: 'us', topics: [raise('topic-a', 'us-statement')] });
    const euAlone = makeMeeting({
      id: 'eu',
      round: null,
      topics: [raise('topic-a', 'eu-statement')],
    });
    const rows = buildAgendaOverlap([usAlone, euAlone], new Map());
    expect(rows.map((row) => [row.singleReadout, row.usOnly, row.eu, row.overlapShare])).toEqual([
      [true, 1, 0, 0],
      [true, 0, 1, 0],
    ]);
    // An unknown dialogue keeps its id in the label.
    expect(rows[0]?.label).toBe('dialogue-a round 1');
  });

  it('counts each meeting as its readout comparison groups the topics', () => {
    const { meetings } = generateDataset({ seed: 7, scale: 2 });
    const rows = buildAgendaOverlap(meetings, new Map());
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const meeting = meetings.find((candidate) => candidate.id === row.meetingId);
      if (!meeting) throw new Error(`no meeting ${row.meetingId}`);
      const compared = compareReadouts(meeting, new Map());
      const count = (group: string) => compared.topics.filter((t) => t.group === group).length;
      expect(row).toMatchObject({
        readouts: compared.readouts,
        total: compared.topics.length,
        both: count('both'),
        joint: count('joint'),
        usOnly: count('us-only'),
        kzOnly: count('kz-only'),
        eu: count('eu'),
      });
    }
  });

  it('returns [] for empty input or meetings without topics', () => {
    expect(buildAgendaOverlap([], dialogueById)).toEqual([]);
    expect(buildAgendaOverlap([planned], dialogueById)).toEqual([]);
  });
});

describe(formatShare, () => {
  it.each([
    [0, '0%'],
    [7 / 13, '54%'],
    [1, '100%'],
  ])('%d → %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});

describe(summarizeOverlap, () => {
  const row = (overrides: Partial<AgendaOverlapRow>): AgendaOverlapRow => ({
    meetingId: 'm',
    label: 'Round 1',
    date: '2022',
    readouts: ['us-statement', 'kazakh-readout'],
    singleReadout: false,
    total: 10,
    both: 3,
    usOnly: 3,
    kzOnly: 4,
    joint: 0,
    eu: 0,
    overlapShare: 0.3,
    ...overrides,
  });
  const single = row({
    label: 'Round 2',
    singleReadout: true,
    both: 0,
    joint: 10,
    overlapShare: 1,
  });
  const round3 = row({ label: 'Round 3', total: 13, both: 7, overlapShare: 7 / 13 });

  it.each([
    ['no rows', [], 'No topics are recorded for the meetings shown.'],
    [
      'one compared meeting',
      [row({})],
      'At Round 1, the only meeting shown with more than one readout, 3 of 10 topics (30%) were raised by both sides.',
    ],
    [
      'one compared meeting sharing one topic',
      [row({ total: 2, both: 1, usOnly: 1, kzOnly: 0, overlapShare: 0.5 })],
      'At Round 1, the only meeting shown with more than one readout, 1 of 2 topics (50%) was raised by both sides.',
    ],
    [
      'a range, with single readouts noted',
      [row({}), single, round3],
      'At the 2 meetings shown with more than one readout, the share of topics raised by both sides ranged from 30% (Round 1) to 54% (Round 3); 1 meeting has one readout only, so its bar reflects one text.',
    ],
    [
      'equal shares',
      [row({}), row({ label: 'Round 4' }), single, single],
      'At the 2 meetings shown with more than one readout, the share of topics raised by both sides was 30% at each; 2 meetings have one readout only, so their bars reflect one text.',
    ],
    [
      'single readouts only',
      [single],
      'None of the 1 meeting shown has more than one readout, so each bar reflects one text, not a comparison.',
    ],
  ])('%s', (_, rows, sentence) => {
    expect(summarizeOverlap(rows)).toBe(sentence);
  });
});

describe(conflictsForMeeting, () => {
  const conflict = (id: string, about: Conflict['about'], sources: string[]): Conflict => ({
    id,
    subject: id,
    about,
    claims: sources.map((source) => ({ value: source, evidence: evidence(source) })),
    resolution: 'Shown.',
  });
  // r1 cites only src-a (fixture evidence); person-a is its co-chair.
  const conflicts = [
    conflict('about-meeting', { kind: 'meeting', id: 'r1' }, ['src-x', 'src-y']),
    conflict('about-other-meeting', { kind: 'meeting', id: 'r2' }, ['src-a', 'src-b']),
    conflict('about-cited-source', { kind: 'source', id: 'src-a' }, ['src-x', 'src-y']),
    conflict('about-uncited-source', { kind: 'source', id: 'src-b' }, ['src-b', 'src-y']),
    conflict('co-chair-here', { kind: 'person', id: 'person-a' }, ['src-a', 'src-y']),
    conflict('co-chair-elsewhere', { kind: 'person', id: 'person-a' }, ['src-x', 'src-y']),
    conflict('other-person', { kind: 'person', id: 'person-b' }, ['src-a', 'src-y']),
    conflict('commitment', { kind: 'commitment', id: 'commitment-a' }, ['src-a', 'src-y']),
  ];

  it('keeps conflicts about the meeting, a source it cites, or a co-chair quoted from its sources', () => {
    expect(conflictsForMeeting({ conflicts }, r1).map((c) => c.id)).toEqual([
      'about-meeting',
      'about-cited-source',
      'co-chair-here',
    ]);
  });

  it('finds sources cited anywhere in the meeting record, not only in its topics', () => {
    const meeting = makeMeeting({
      id: 'r9',
      topics: [],
      outcomes: [{ kind: 'other', text: 'Agreed.', evidence: evidence('src-b') }],
    });
    expect(conflictsForMeeting({ conflicts }, meeting).map((c) => c.id)).toContain(
      'about-uncited-source',
    );
  });

  it('returns [] when the dataset records no conflicts', () => {
    expect(conflictsForMeeting({ conflicts: [] }, r1)).toEqual([]);
  });
});
