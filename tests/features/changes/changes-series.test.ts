import {
  describeChanges,
  describeTopicGap,
  previousMeeting,
  readoutsDiffer,
  summarizeChanges,
  type MeetingChanges,
} from '@/features/changes/changes-series';
import { isolate } from '@/lib/isolate';
import { evidence } from '../../support/fixtures';
import {
  changesMeetings,
  day,
  makeChangesDataset,
  meetingsWithR4Agreed,
  raise,
} from './changes-fixture';

const dataset = makeChangesDataset();

/** Reference dates: while round 4 (planned for 2025) is still due, and after its year ended. */
const DURING_2025 = '2025-06-01';
const AFTER_2025 = '2026-12-06';

function changesOf(id: string, data = dataset, referenceDate = DURING_2025): MeetingChanges {
  const changes = describeChanges(data, id, referenceDate);
  if (!changes) throw new Error(`no changes for ${id}`);
  return changes;
}

const quotes = (items: readonly { evidence: readonly { quote: string }[] }[]) =>
  items.map((item) => item.evidence.map((e) => e.quote));

describe(previousMeeting, () => {
  it.each([
    ['r1', null],
    ['r2', 'r1'],
    ['r3', 'r2'],
    ['r4', 'r3'],
    ['b1', null],
    ['nope', null],
  ])('the previous round of %s is %s (same dialogue only)', (id, expected) => {
    expect(previousMeeting(dataset, id)?.id ?? null).toBe(expected);
  });

  it('never takes a planned meeting as the previous round', () => {
    const withPlannedR3 = makeChangesDataset({
      meetings: changesMeetings.map((m) => (m.id === 'r3' ? { ...m, status: 'planned' } : m)),
    });
    expect(previousMeeting(withPlannedR3, 'r4')?.id).toBe('r2');
  });

  it('orders a year-only meeting before day-precise meetings of the same year', () => {
    const withYearOnly = makeChangesDataset({
      meetings: [
        ...changesMeetings,
        { ...changesMeetings[0]!, id: 'y', round: null, date: day('2024', 'year'), outcomes: [] },
      ],
    });
    expect(previousMeeting(withYearOnly, 'r3')?.id).toBe('y');
    expect(previousMeeting(withYearOnly, 'y')?.id).toBe('r2');
  });
});

describe(describeChanges, () => {
  it('is null for an unknown meeting', () => {
    expect(describeChanges(dataset, 'nope', DURING_2025)).toBeNull();
  });

  it('compares nothing for the first round but still lists what it agreed for the next', () => {
    const changes = changesOf('r1');
    expect(changes).toMatchObject({
      previous: null,
      previousLabel: null,
      window: null,
      topicGap: 'no-previous',
      topicsAdded: [],
      topicsDropped: [],
      topicsKept: [],
      events: [],
      statusChanges: [],
    });
    expect(changes.agreedNext).toEqual([
      {
        text: 'The sides agreed to meet again.',
        meeting: { id: 'r2', label: 'A round 2', standing: 'held', standingNote: null },
        evidence: evidence('src-a', 'we will meet next year'),
      },
    ]);
  });

  it('splits topics into added (quoted from this round), dropped (from the previous) and kept', () => {
    const changes = changesOf('r2');
    expect(changes.meetingLabel).toBe('A round 2');
    expect(changes.previousLabel).toBe('A round 1');
    expect(changes.topicGap).toBeNull();
    expect(changes.topicsAdded.map((t) => t.topicId)).toEqual(['topic-c']);
    expect(quotes(changes.topicsAdded)).toEqual([['r2 raised topic C']]);
    expect(changes.topicsDropped.map((t) => t.topicId)).toEqual(['topic-a']);
    expect(quotes(changes.topicsDropped)).toEqual([['r1 raised topic A']]);
    expect(changes.topicsKept).toEqual([
      expect.objectContaining({
        topicId: 'topic-b',
        raisedIn: ['joint-statement'],
        previousRaisedIn: ['kazakh-readout'],
        previousEvidence: evidence('src-a', 'r1 raised topic B'),
      }),
    ]);
    expect(changes.readouts).toEqual({
      meeting: ['joint-statement'],
      previous: ['us-statement', 'kazakh-readout'],
    });
  });

  it('lists the events and status changes of the window (month-precise previous round)', () => {
    const changes = changesOf('r3');
    expect(changes.window).toEqual({ after: '2023-01-31', through: '2024-05-20' });
    expect(changes.events.map((e) => e.event.id)).toEqual(['beta-1', 'beta-3', 'beta-2']);
    expect(changes.statusChanges.map((s) => [s.commitmentId, s.before, s.after])).toEqual([
      ['beta', 'No evidence', 'In force'],
    ]);
    expect(changes.topicsAdded.map((t) => t.topicId)).toEqual(['topic-a']);
    expect(changes.topicsDropped.map((t) => t.topicId)).toEqual(['topic-b']);
    expect(changes.agreedNext).toEqual([]);
  });

  it('does not compare topics for a planned meeting but lists events since the last round', () => {
    const changes = changesOf('r4');
    expect(changes.topicGap).toBe('planned');
    expect(changes.topicsDropped).toEqual([]);
    expect(changes.events.map((e) => e.event.id)).toEqual(['beta-4']);
  });

  it('says a planned round whose agreed year is over is not confirmed, and does not compare topics', () => {
    const changes = changesOf('r4', dataset, AFTER_2025);
    expect(changes.topicGap).toBe('not-confirmed');
    expect(changes.topicsDropped).toEqual([]);
    expect(changes.events.map((e) => e.event.id)).toEqual(['beta-4']);
  });

  it('gives the standing of the meeting agreed for the next round on the reference date', () => {
    const agreedR4 = makeChangesDataset({ meetings: meetingsWithR4Agreed });
    expect(changesOf('r3', agreedR4, DURING_2025).agreedNext[0]?.meeting).toEqual({
      id: 'r4',
      label: 'A round 4',
      standing: 'planned',
      standingNote: null,
    });
    expect(changesOf('r3', agreedR4, AFTER_2025).agreedNext[0]?.meeting).toEqual({
      id: 'r4',
      label: 'A round 4',
      standing: 'not-confirmed',
      standingNote: 'agreed for 2025, no record found',
    });
  });

  it.each([
    ['r2', 'unlisted-here'],
    ['r3', 'unlisted-previous'],
  ])('marks %s as %s when a round lists no topics', (id, gap) => {
    const noTopicsAtR2 = makeChangesDataset({
      meetings: changesMeetings.map((m) => (m.id === 'r2' ? { ...m, topics: [] } : m)),
    });
    const changes = changesOf(id, noTopicsAtR2);
    expect(changes.topicGap).toBe(gap);
    expect([changes.topicsAdded, changes.topicsDropped, changes.topicsKept]).toEqual([[], [], []]);
    expect(changes.events).not.toEqual([]);
  });

  it('keeps an agreement that names no meeting, without a link', () => {
    const agreedVaguely = makeChangesDataset({
      meetings: changesMeetings.map((m) =>
        m.id === 'r3'
          ? {
              ...m,
              outcomes: [
                { kind: 'next-meeting-agreed', text: 'Meet again.', evidence: evidence() },
              ],
            }
          : m,
      ),
    });
    expect(changesOf('r3', agreedVaguely).agreedNext).toEqual([
      { text: 'Meet again.', meeting: null, evidence: evidence() },
    ]);
  });
});

describe(readoutsDiffer, () => {
  it('is true when the rounds’ topics come from different readouts', () => {
    expect(readoutsDiffer(changesOf('r2'))).toBe(true);
  });

  it('is false for the same readouts and when topics are not compared', () => {
    const sameReadouts = makeChangesDataset({
      meetings: changesMeetings.map((m) =>
        m.id === 'r2'
          ? {
              ...m,
              topics: [
                raise('topic-c', 'kazakh-readout', 'x'),
                raise('topic-b', 'us-statement', 'y'),
              ],
            }
          : m,
      ),
    });
    expect(readoutsDiffer(changesOf('r2', sameReadouts))).toBe(false);
    expect(readoutsDiffer(changesOf('r1'))).toBe(false);
  });
});

describe(describeTopicGap, () => {
  it.each([
    ['r1', 'there is no previous round to compare with'],
    ['r2', null],
    ['r4', 'it is planned, so no topics are recorded for it yet'],
  ])('explains why %s’s topics are not compared', (id, text) => {
    expect(describeTopicGap(changesOf(id))).toBe(text);
  });

  it('explains a round that is not confirmed', () => {
    expect(describeTopicGap(changesOf('r4', dataset, AFTER_2025))).toBe(
      'it is not confirmed to have taken place, so no topics are recorded for it',
    );
  });

  it('names the previous round when it lists no topics', () => {
    expect(describeTopicGap({ ...changesOf('r2'), topicGap: 'unlisted-previous' })).toBe(
      `no source read for ${isolate('A round 1')} lists its topics`,
    );
    expect(describeTopicGap({ ...changesOf('r2'), topicGap: 'unlisted-here' })).toBe(
      'no source read for it lists its topics',
    );
  });
});

describe(summarizeChanges, () => {
  it.each([
    [
      'r1',
      `${isolate('A round 1')} is the first recorded meeting of its dialogue, so there is no previous round to compare it with.`,
    ],
    [
      'r2',
      `Compared with ${isolate('A round 1')}, ${isolate('A round 2')} added 1 topic, dropped 1 and raised 1 again; 2 commitment events are dated between the rounds and 1 commitment status changed.`,
    ],
    [
      'r4',
      `Compared with ${isolate('A round 3')}, ${isolate('A round 4')} cannot be compared on topics (it is planned, so no topics are recorded for it yet); 1 commitment event is dated between the rounds and 1 commitment status changed.`,
    ],
  ])('summarises %s in one sentence', (id, sentence) => {
    expect(summarizeChanges(changesOf(id))).toBe(sentence);
  });

  it('says "no" when nothing happened between the rounds', () => {
    const quiet = makeChangesDataset({ commitments: [] });
    expect(summarizeChanges(changesOf('r3', quiet))).toBe(
      `Compared with ${isolate('A round 2')}, ${isolate('A round 3')} added 1 topic, dropped 1 and raised 1 again; no commitment events are dated between the rounds and no commitment statuses changed.`,
    );
  });

  it('isolates meeting names that would reorder the sentence, and changes nothing else', () => {
    const changes = changesOf('r3', makeChangesDataset({ commitments: [] }));
    const reversed = { ...changes, meetingLabel: '\u202Eabc', previousLabel: 'حوار 2' };
    expect(summarizeChanges(reversed)).toBe(
      'Compared with \u2068حوار 2\u2069, \u2068\u202Eabc\u2069 added 1 topic, dropped 1 and raised 1 again; no commitment events are dated between the rounds and no commitment statuses changed.',
    );
  });
});
