import {
  buildAgendaOverlap,
  formatShare,
  summarizeOverlap,
  type AgendaOverlapRow,
} from '@/features/comparison/agenda-overlap';
import { compareReadouts } from '@/features/comparison/readout-comparison';
import { isolate } from '@/lib/isolate';
import { generateDataset } from '../../../scripts/synthetic-dataset';
import { makeMeeting } from '../../support/fixtures';
import { dialogueById, raise, r1, r2, r3, planned } from './comparison-fixture';

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
      `At ${isolate('Round 1')}, the only meeting shown with more than one readout, 3 of 10 topics (30%) were raised by both sides.`,
    ],
    [
      'one compared meeting sharing one topic',
      [row({ total: 2, both: 1, usOnly: 1, kzOnly: 0, overlapShare: 0.5 })],
      `At ${isolate('Round 1')}, the only meeting shown with more than one readout, 1 of 2 topics (50%) was raised by both sides.`,
    ],
    [
      'a range, with single readouts noted',
      [row({}), single, round3],
      `At the 2 meetings shown with more than one readout, the share of topics raised by both sides ranged from 30% (${isolate('Round 1')}) to 54% (${isolate('Round 3')}); 1 meeting has one readout only, so its bar reflects one text.`,
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

  it('isolates a meeting name that would reorder the sentence, and changes nothing else', () => {
    expect(summarizeOverlap([row({ label: '\u202Eabc round 1' })])).toBe(
      'At \u2068\u202Eabc round 1\u2069, the only meeting shown with more than one readout, 3 of 10 topics (30%) were raised by both sides.',
    );
  });
});
