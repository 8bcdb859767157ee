import { countRecords, listRounds } from '@/features/overview/overview-series';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

describe(countRecords, () => {
  it('counts each collection, splitting held and planned meetings', () => {
    expect(countRecords(makeDataset())).toEqual({
      meetings: 2,
      heldMeetings: 1,
      plannedMeetings: 1,
      dialogues: 1,
      topics: 2,
      commitments: 1,
      sources: 2,
      conflicts: 1,
    });
  });
});

describe(listRounds, () => {
  it('lists a dialogue oldest first with dates at their precision and the city name of the time', () => {
    const dataset = makeDataset();
    const later = dataset.meetings[1]!;
    expect(
      listRounds({ ...dataset, meetings: [later, dataset.meetings[0]!] }, 'dialogue-a'),
    ).toEqual([
      {
        id: 'meeting-1',
        round: '1',
        date: '11 April 2022',
        place: 'Nur-Sultan (now Astana), Kazakhstan',
        status: 'held',
      },
      {
        id: 'meeting-2',
        round: '2',
        date: '2025',
        place: 'Washington, United States',
        status: 'planned',
      },
    ]);
  });

  it('says "Online" for online meetings, "Not numbered" for unnumbered ones and "c." for uncertain dates', () => {
    const online = makeMeeting({
      round: null,
      date: { value: '2020-11-26', precision: 'day', uncertain: true, evidence: evidence() },
      location: { city: null, country: null, format: 'online', evidence: evidence() },
    });
    expect(listRounds(makeDataset({ meetings: [online] }), 'dialogue-a')).toEqual([
      {
        id: 'meeting-1',
        round: 'Not numbered',
        date: 'c. 26 November 2020',
        place: 'Online',
        status: 'held',
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
    expect(listRounds(makeDataset({ meetings: [meeting] }), 'dialogue-a')[0]?.place).toBe(place);
  });

  it('returns nothing for an unknown dialogue', () => {
    expect(listRounds(makeDataset(), 'nope')).toEqual([]);
  });
});
