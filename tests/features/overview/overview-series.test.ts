import {
  countRecords,
  describeCommitmentCounts,
  describeMeetingCounts,
  listRounds,
  type DatasetCounts,
} from '@/features/overview/overview-series';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

/** Reference dates: while the fixture's meeting-2 (planned for 2025) is still due, and after. */
const DURING_2025 = '2025-06-01';
const AFTER_2025 = '2026-12-06';

describe(countRecords, () => {
  it('counts each collection, splitting held and planned meetings', () => {
    expect(countRecords(makeDataset(), DURING_2025)).toEqual({
      meetings: 2,
      allMeetings: 2,
      heldMeetings: 1,
      plannedMeetings: 1,
      notConfirmedMeetings: 0,
      dialogues: 1,
      topics: 2,
      commitments: 1,
      allCommitments: 1,
      sources: 2,
      conflicts: 1,
    });
  });

  it('counts a planned meeting whose agreed period is over as not confirmed, not planned', () => {
    expect(countRecords(makeDataset(), AFTER_2025)).toMatchObject({
      meetings: 2,
      heldMeetings: 1,
      plannedMeetings: 0,
      notConfirmedMeetings: 1,
    });
  });
});

describe('countRecords of the records that match the filters', () => {
  it('counts the matching meetings and commitments beside the totals', () => {
    const dataset = makeDataset();
    const counts = countRecords(dataset, DURING_2025, {
      meetings: [dataset.meetings[1]!],
      commitments: [],
    });
    expect(counts).toMatchObject({
      meetings: 1,
      allMeetings: 2,
      heldMeetings: 0,
      plannedMeetings: 1,
      commitments: 0,
      allCommitments: 1,
    });
    expect(describeCommitmentCounts(counts)).toBe('match the filters, of 1');
    expect(describeCommitmentCounts(countRecords(dataset, DURING_2025))).toBeNull();
  });
});

describe(describeMeetingCounts, () => {
  const counts = (
    held: number,
    planned: number,
    notConfirmed: number,
    allMeetings = held + planned + notConfirmed,
  ): DatasetCounts => ({
    meetings: held + planned + notConfirmed,
    allMeetings,
    heldMeetings: held,
    plannedMeetings: planned,
    notConfirmedMeetings: notConfirmed,
    dialogues: 1,
    topics: 0,
    commitments: 0,
    allCommitments: 0,
    sources: 0,
    conflicts: 0,
  });

  it.each([
    [counts(3, 1, 0), '3 held · 1 planned'],
    [counts(3, 0, 1), '3 held · 1 not confirmed'],
    [counts(3, 1, 1), '3 held · 1 planned · 1 not confirmed'],
    [counts(3, 0, 0), '3 held · 0 planned'],
    [counts(1, 0, 0, 10), '1 held · 0 planned · of 10'],
  ])('says %j as "%s"', (given, text) => {
    expect(describeMeetingCounts(given)).toBe(text);
  });
});

describe(listRounds, () => {
  it('lists a dialogue oldest first with dates at their precision and the city name of the time', () => {
    const dataset = makeDataset();
    const later = dataset.meetings[1]!;
    expect(listRounds([later, dataset.meetings[0]!], 'dialogue-a', DURING_2025)).toEqual([
      {
        id: 'meeting-1',
        round: '1',
        date: '11 April 2022',
        place: 'Nur-Sultan (now Astana), Kazakhstan',
        standing: 'held',
        standingNote: null,
        coChairs: [{ id: 'person-a', name: 'person-a', side: 'United States', shortSide: 'US' }],
        agreedNext: 'not recorded',
      },
      {
        id: 'meeting-2',
        round: '2',
        date: '2025',
        place: 'Washington, United States',
        standing: 'planned',
        standingNote: null,
        coChairs: [],
        agreedNext: null,
      },
    ]);
  });

  it('marks a round whose agreed period is over as not confirmed, saying what was agreed', () => {
    expect(listRounds(makeDataset().meetings, 'dialogue-a', AFTER_2025)[1]).toMatchObject({
      id: 'meeting-2',
      standing: 'not-confirmed',
      standingNote: 'agreed for 2025, no record found',
    });
  });

  it('says "Online" for online meetings, "Not numbered" for unnumbered ones and "c." for uncertain dates', () => {
    const online = makeMeeting({
      round: null,
      date: { value: '2020-11-26', precision: 'day', uncertain: true, evidence: evidence() },
      location: { city: null, country: null, format: 'online', evidence: evidence() },
    });
    expect(listRounds([online], 'dialogue-a', DURING_2025)).toEqual([
      {
        id: 'meeting-1',
        round: 'Not numbered',
        date: 'c. 26 November 2020',
        place: 'Online',
        standing: 'held',
        standingNote: null,
        coChairs: [{ id: 'person-a', name: 'person-a', side: 'United States', shortSide: 'US' }],
        agreedNext: 'not recorded',
      },
    ]);
  });

  it.each([
    [{ city: 'Astana', cityToday: 'Astana', country: 'Kazakhstan' }, 'Astana, Kazakhstan'],
    [{ city: null, country: 'Kazakhstan' }, 'Kazakhstan'],
    [{ city: 'Vienna', country: null }, 'Vienna'],
    [{ city: null, country: null }, 'Unknown'],
  ])('gives the place %j as "%s"', (where, place) => {
    const meeting = makeMeeting({
      location: { format: 'unknown', evidence: evidence(), ...where },
    });
    expect(listRounds([meeting], 'dialogue-a', DURING_2025)[0]?.place).toBe(place);
  });

  it('names the co-chairs (with their ids), the other government before Kazakhstan in whatever order a source gives them', () => {
    const meeting = makeMeeting({
      coChairs: [
        { person: 'kz-chair', side: 'kz', title: 'Assistant', evidence: evidence() },
        { person: 'eu-chair', side: 'eu', title: 'Special Representative', evidence: evidence() },
      ],
    });
    const names = new Map([
      ['kz-chair', 'Erzhan Kazykhan'],
      ['eu-chair', 'Kajsa Ollongren'],
    ]);
    expect(
      listRounds([meeting], 'dialogue-a', DURING_2025, (id) => names.get(id) ?? id)[0]?.coChairs,
    ).toEqual([
      { id: 'eu-chair', name: 'Kajsa Ollongren', side: 'European Union', shortSide: 'EU' },
      { id: 'kz-chair', name: 'Erzhan Kazykhan', side: 'Kazakhstan', shortSide: 'Kazakhstan' },
    ]);
  });

  it('says what a held round agreed for the next one, from the agreed meeting even when filtered out', () => {
    const dataset = makeDataset();
    const agreeing = makeMeeting({
      outcomes: [
        {
          kind: 'next-meeting-agreed',
          text: 'The sides agreed to meet in Washington in 2025.',
          meeting: 'meeting-2',
          evidence: evidence(),
        },
      ],
    });
    const byId = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
    const [row] = listRounds([agreeing], 'dialogue-a', DURING_2025, undefined, byId);
    expect(row?.agreedNext).toBe('Washington, 2025');
  });

  it('says nothing was agreed yet for a round not held, even if its record lists an outcome', () => {
    const planned = makeMeeting({
      status: 'planned',
      date: { value: '2030', precision: 'year', uncertain: false, evidence: evidence() },
      outcomes: [
        {
          kind: 'next-meeting-agreed',
          text: 'Meet again.',
          meeting: 'meeting-1',
          evidence: evidence(),
        },
      ],
    });
    expect(listRounds([planned], 'dialogue-a', DURING_2025)[0]?.agreedNext).toBeNull();
  });

  it('returns nothing for a dialogue none of the meetings belongs to', () => {
    expect(listRounds(makeDataset().meetings, 'nope', DURING_2025)).toEqual([]);
  });
});
