import {
  contactPlace,
  describeHumanRights,
  filterContacts,
  orderHumanRights,
} from '@/features/contacts/contacts-series';
import { DEFAULT_FILTERS, type Filters } from '@/view/filters';
import type { Contact } from '@/domain/schema';
import { evidence, makeContact, makeDataset } from '../../support/fixtures';
import { makeReviewsDataset } from '../reviews/reviews-fixture';

const withEu = (dataset = makeReviewsDataset()) => ({
  ...dataset,
  dialogues: [
    ...dataset.dialogues,
    {
      id: 'dialogue-eu',
      name: 'EU dialogue',
      shortName: 'EU',
      parties: ['eu', 'kz'] as Contact['parties'],
      primary: false,
      description: 'The other dialogue.',
    },
  ],
});
const rows = (filters: Partial<Filters> = {}) =>
  filterContacts(withEu(), { ...DEFAULT_FILTERS, ...filters }).map((row) => row.id);
const entry = (kind: Contact['humanRights'][number]['kind'], text: string) => ({
  kind,
  text,
  voice: 'independent' as const,
  evidence: evidence(),
});

describe(filterContacts, () => {
  it('lists the contacts oldest first, in words', () => {
    expect(filterContacts(makeReviewsDataset(), DEFAULT_FILTERS)).toEqual([
      {
        id: 'eu-kz-council-2024',
        name: 'EU–Kazakhstan Cooperation Council',
        kindLabel: 'Cooperation Council',
        dateLabel: '21 October 2024',
        place: 'Place not recorded',
        parties: 'European Union, Kazakhstan',
        humanRights: 'Human rights: on the agenda (1 record)',
      },
      {
        id: 'c5-2025',
        name: 'C5+1 summit',
        kindLabel: 'Summit',
        dateLabel: '6 November 2025',
        place: 'Washington, United States',
        parties: 'United States, Kazakhstan',
        humanRights: 'Human rights: 1 call to put them on the agenda',
      },
    ]);
  });

  it('keeps the contacts between every party of the chosen dialogue', () => {
    expect(rows({ dialogue: 'dialogue-a' })).toEqual(['c5-2025']);
    expect(rows({ dialogue: 'dialogue-eu' })).toEqual(['eu-kz-council-2024']);
  });

  it('applies the year, search and View as of filters (a day counts on itself)', () => {
    expect(rows({ years: [2024] })).toEqual(['eu-kz-council-2024']);
    expect(rows({ search: 'washington' })).toEqual(['c5-2025']);
    expect(rows({ search: 'fundamental FREEDOMS' })).toEqual(['eu-kz-council-2024']);
    expect(rows({ search: 'outcomes read' })).toEqual(['c5-2025']);
    expect(rows({ asOf: '2025-11-05' })).toEqual(['eu-kz-council-2024']);
    expect(rows({ asOf: '2025-11-06' })).toEqual(['eu-kz-council-2024', 'c5-2025']);
  });

  it('ignores the topic and status filters, which contacts have no part in', () => {
    expect(rows({ topics: ['topic-b'], statuses: ['complete'] })).toEqual(rows());
  });

  it('is empty for a dataset without contacts', () => {
    expect(filterContacts(makeDataset(), DEFAULT_FILTERS)).toEqual([]);
  });
});

describe(describeHumanRights, () => {
  it('counts each kind of entry in words, or says there is none', () => {
    expect(describeHumanRights(makeContact({ humanRights: [] }))).toBe(
      'No human-rights item recorded',
    );
    expect(
      describeHumanRights(
        makeContact({
          humanRights: [
            entry('call', 'a'),
            entry('on-agenda', 'b'),
            entry('call', 'c'),
            entry('outcome', 'd'),
          ],
        }),
      ),
    ).toBe(
      'Human rights: on the agenda (1 record), in the outcome (1 record), 2 calls to put them on the agenda',
    );
  });
});

describe(orderHumanRights, () => {
  it('puts the agenda first, then the outcome, then calls, with labels and whose word', () => {
    const ordered = orderHumanRights(
      makeContact({
        humanRights: [entry('call', 'a'), entry('outcome', 'b'), entry('on-agenda', 'c')],
      }),
    );
    expect(ordered.map((item) => [item.text, item.kindLabel, item.voiceLabel])).toEqual([
      ['c', 'On the agenda', 'Independent (NGO, media, academic)'],
      ['b', 'In the outcome', 'Independent (NGO, media, academic)'],
      ['a', 'Call to put human rights on the agenda', 'Independent (NGO, media, academic)'],
    ]);
  });
});

describe(contactPlace, () => {
  it('names the city and country it knows', () => {
    expect(contactPlace(makeContact())).toBe('Washington, United States');
    expect(
      contactPlace(
        makeContact({ location: { city: null, country: 'Belgium', evidence: evidence() } }),
      ),
    ).toBe('Belgium');
    expect(contactPlace(makeContact({ location: null }))).toBe('Place not recorded');
  });
});
