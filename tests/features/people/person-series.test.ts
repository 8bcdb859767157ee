import { parseDataset } from '@/data/parse-dataset';
import { describePerson, listMeetingsLed } from '@/features/people/person-series';
import { viewAsOf } from '@/view/view-dataset';
import { makePeopleDataset } from './person-fixture';

const dataset = parseDataset(makePeopleDataset());
const titles = (asOf: string) =>
  describePerson(dataset, 'person-b', asOf)?.roles.map((role) => role.title);

describe(describePerson, () => {
  it('is null for an id no person has', () => {
    expect(describePerson(dataset, 'nobody', '')).toBeNull();
  });

  it('lists the roles newest first; of two seen the same day with as many quotes, the first recorded', () => {
    expect(titles('')).toEqual([
      'Assistant for International Affairs',
      'Assistant for External Affairs',
      'Special Envoy',
      'Deputy Minister',
    ]);
    const model = describePerson(dataset, 'person-b', '');
    expect(model?.latest?.title).toBe('Assistant for International Affairs');
    expect(model?.otherWordings).toBe(1);
  });

  it('counts no other wording when one title is the only one of its day', () => {
    expect(describePerson(dataset, 'person-b', '2024-05-19')?.otherWordings).toBe(0);
  });

  it('keeps the roles seen by the end of the "as of" day, a month counting from its first day', () => {
    expect(titles('2024-05-19')).toEqual(['Special Envoy', 'Deputy Minister']);
    expect(titles('2024-05-20')).toHaveLength(4);
    expect(titles('2024-04-30')).toEqual(['Deputy Minister']);
    expect(describePerson(dataset, 'person-b', '2024-04-30')?.rolesLater).toBe(3);
  });

  it('has no latest role before the first is seen', () => {
    const model = describePerson(dataset, 'person-b', '2022-04-10');
    expect(model?.roles).toEqual([]);
    expect(model?.latest).toBeNull();
    expect(model?.rolesLater).toBe(4);
  });

  it('leaves the name itself out of the other spellings', () => {
    expect(describePerson(dataset, 'person-b', '')?.aliases).toEqual(['Persone B', 'P. B']);
  });

  it('gathers the conflicts about the person, and only those', () => {
    expect(describePerson(dataset, 'person-b', '')?.conflicts.map((c) => c.id)).toEqual([
      'conflict-b',
    ]);
    expect(describePerson(dataset, 'person-a', '')?.conflicts.map((c) => c.id)).toEqual([
      'conflict-a',
    ]);
  });
});

describe(listMeetingsLed, () => {
  it('lists the meetings the person co-chaired, newest first, with date, place and side', () => {
    expect(listMeetingsLed(dataset, 'person-b')).toEqual([
      {
        id: 'meeting-3',
        name: 'A round 3',
        date: '20 May 2024',
        place: 'Astana, Kazakhstan',
        side: 'kz',
        title: 'Title of person-b',
        planned: false,
      },
      {
        id: 'meeting-1',
        name: 'A round 1',
        date: '11 April 2022',
        place: 'Nur-Sultan (now Astana), Kazakhstan',
        side: 'kz',
        title: 'Title of person-b',
        planned: false,
      },
    ]);
    expect(listMeetingsLed(dataset, 'person-a').map((m) => m.id)).toEqual([
      'meeting-3',
      'meeting-2',
      'meeting-1',
    ]);
  });

  it('lists nothing for a person who chaired no meeting, or an unknown id', () => {
    const noChairs = parseDataset({
      ...makePeopleDataset(),
      meetings: makePeopleDataset().meetings.map((m) => ({ ...m, coChairs: [] })),
    });
    expect(listMeetingsLed(noChairs, 'person-b')).toEqual([]);
    expect(listMeetingsLed(dataset, 'nobody')).toEqual([]);
  });

  it('leaves out, in a view as of a day, the meetings held after it', () => {
    const view = viewAsOf(dataset, '2023-12-31');
    expect(listMeetingsLed(view, 'person-b').map((m) => m.id)).toEqual(['meeting-1']);
  });
});
