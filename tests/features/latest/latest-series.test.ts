import { datasetAsOf } from '@/domain/as-of';
import { buildDatasetIndex } from '@/domain/dataset-index';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_FILTERS, type Filters } from '@/view/filters';
import { isolate } from '@/lib/isolate';
import type { Development } from '@/features/latest/development';
import {
  buildLatestDevelopments,
  compareNewestFirst,
  countAllDevelopments,
  sortNewestFirst,
  summarizeDevelopments,
} from '@/features/latest/latest-series';
import { makeDataset } from '../../support/fixtures';
import { ALL_KEYS, makeLatestData } from './latest-fixture';

const dataset = parseDataset(makeLatestData());
const keys = (filters: Partial<Filters> = {}) =>
  buildLatestDevelopments(dataset, { ...DEFAULT_FILTERS, ...filters }).map((item) => item.key);
const without = (...left: string[]) => ALL_KEYS.filter((key) => !left.includes(key));
const find = (key: string) =>
  buildLatestDevelopments(dataset, DEFAULT_FILTERS).find((item) => item.key === key);

const dated = (key: string, value: string): Development => ({
  key,
  category: 'act',
  date: {
    value,
    precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
    uncertain: false,
  },
  kindLabel: 'Adopted / signed',
  title: key,
  detail: null,
  text: '',
  voiceLabel: 'Court',
  evidence: { source: 'src-a', quote: 'q' },
});

describe(compareNewestFirst, () => {
  it.each([
    ['2025-03-01', '2025-02-28', -1],
    ['2024-12-31', '2025', 1],
    ['2025-01-01', '2025', -1],
    ['2025-01', '2025', -1],
    ['2025-01-01', '2025-01', -1],
    ['2025-02', '2025-01-31', -1],
    ['2025', '2024-12-31', -1],
    ['2025-05-20', '2025-05-20', 0],
  ])('puts %s %s %s', (a, b, sign) => {
    expect(Math.sign(compareNewestFirst(dated('a', a), dated('b', b)))).toBe(sign);
  });
});

describe(sortNewestFirst, () => {
  it('sorts a year after every day and month of that year, and keeps ties in input order', () => {
    const items = ['2025', 'x:2025-06-01', '2025-06', 'y:2025-06-01', '2024-12-31', '2026'].map(
      (entry) => {
        const [name, value] = entry.includes(':') ? entry.split(':') : [entry, entry];
        return dated(name ?? '', value ?? '');
      },
    );
    expect(sortNewestFirst(items).map((item) => item.key)).toEqual([
      '2026',
      'x',
      'y',
      '2025-06',
      '2025',
      '2024-12-31',
    ]);
  });

  it('gives [] for no developments and does not reorder its input', () => {
    expect(sortNewestFirst([])).toEqual([]);
    const input = [dated('old', '2020'), dated('new', '2021')];
    sortNewestFirst(input);
    expect(input.map((item) => item.key)).toEqual(['old', 'new']);
  });
});

describe(buildLatestDevelopments, () => {
  it('lists every kind of development newest first, ties in the order of the record', () => {
    expect(keys()).toEqual(ALL_KEYS);
  });

  it('labels each development with its kind, title, detail, whose word and one quote', () => {
    expect(find('event:e4')).toMatchObject({
      category: 'reversal',
      kindLabel: 'Reversal: narrows the reform',
      title: 'Law A',
      detail: { kind: 'commitment', id: 'law-a' },
      voiceLabel: 'Court',
      text: 'A court ruling narrowed the law.',
      evidence: { source: 'src-a', quote: 'the ruling narrowed it' },
    });
    expect(find('event:e3')).toMatchObject({
      kindLabel: 'Practice finding: Applied with shortfalls',
      voiceLabel: 'Independent (NGO, media, academic)',
    });
    expect(find('event:b1')).toMatchObject({ category: 'position', kindLabel: 'Welcomed' });
    expect(find('meeting:meeting-1')).toMatchObject({
      kindLabel: 'Meeting held',
      title: 'A round 1',
      detail: { kind: 'meeting', id: 'meeting-1' },
      text: `${isolate('Nur-Sultan (now Astana)')}. ${isolate('The first round.')}`,
      voiceLabel: 'Media',
    });
    expect(find('review:fiw-2025')).toMatchObject({
      kindLabel: 'Review',
      title: 'Freedom in the World 2025',
      detail: { kind: 'review', id: 'fiw-2025' },
      text: `${isolate('23/100, Not Free')} (${isolate('Freedom in the World')}, ${isolate('Freedom House')}; covers ${isolate('events of 2024')})`,
      voiceLabel: 'Independent (NGO, media, academic)',
    });
    expect(find('contact:c5-summit')).toMatchObject({
      kindLabel: 'High-level contact: summit',
      title: 'C5+1 summit',
      detail: { kind: 'contact', id: 'c5-summit' },
    });
  });

  it('dates an agreed meeting on the day it was agreed and opens the meeting agreed', () => {
    expect(find('agreement:meeting-1:meeting-2')).toMatchObject({
      kindLabel: 'Next meeting agreed',
      date: { value: '2022-04-11', precision: 'day', uncertain: false },
      title: 'A round 2',
      detail: { kind: 'meeting', id: 'meeting-2' },
      text: `At ${isolate('A round 1')}: ${isolate('They agreed to meet in 2025.')}`,
      voiceLabel: 'US statement',
    });
    // The planned meeting itself has no date of its own to list it by.
    expect(keys()).not.toContain('meeting:meeting-2');
  });

  it('narrows by topic: commitments and meetings by theirs, reviews by their series', () => {
    expect(keys({ topics: ['topic-b'] })).toEqual(['event:b2', 'event:b1', 'meeting:meeting-eu']);
    // A contact has no topics, so any topic hides it.
    expect(keys({ topics: ['topic-a'] })).toEqual(
      without('contact:c5-summit', 'event:b1', 'event:b2', 'meeting:meeting-eu'),
    );
  });

  it('narrows by year on each development’s own date, not its commitment’s', () => {
    expect(keys({ years: [2024] })).toEqual([
      'event:e2',
      'event:b2',
      'event:b1',
      'meeting:meeting-eu',
    ]);
    expect(keys({ years: [2022, 2026] })).toEqual([
      'meeting:meeting-1',
      'agreement:meeting-1:meeting-2',
      'event:e1',
    ]);
  });

  it('narrows by dialogue: a review through the commitments it assesses, a contact by its parties', () => {
    expect(keys({ dialogue: 'dialogue-b' })).toEqual(['meeting:meeting-eu']);
    expect(keys({ dialogue: 'dialogue-a' })).toEqual(
      without('event:b1', 'event:b2', 'meeting:meeting-eu'),
    );
  });

  it('applies a status to commitment events only', () => {
    expect(keys({ statuses: ['no-evidence'] })).toEqual(
      without('event:e1', 'event:e2', 'event:e3', 'event:e4'),
    );
  });

  it('searches each development’s own text, ignoring case and diacritics', () => {
    expect(keys({ search: 'RULÍNG' })).toEqual(['event:e4']);
    expect(keys({ search: 'not free' })).toEqual(['review:fiw-2025']);
    expect(keys({ search: 'Persona' })).toEqual([
      'meeting:meeting-1',
      'agreement:meeting-1:meeting-2',
    ]);
    expect(keys({ search: 'no such words' })).toEqual([]);
  });

  it('matches words split between a meeting’s search text and its development’s own, every time', () => {
    // "Persona" is in the meeting's search text, folded at load; "held" only in "Meeting held".
    for (let search = 0; search < 2; search++) {
      expect(keys({ search: 'held persona' })).toEqual(['meeting:meeting-1']);
      expect(keys({ search: 'held persona nowhere' })).toEqual([]);
    }
  });

  it('shows nothing dated after the as-of day; a year counts from its 1 January', () => {
    const in2025 = ['contact:c5-summit', 'event:e4', 'review:fiw-2025'];
    expect(keys({ asOf: '2025-01-01' })).toEqual(without(...in2025));
    expect(keys({ asOf: '2024-12-31' })).toEqual(without(...in2025, 'event:e3'));
    // The app passes the dataset as it stood on that day; the result is the same.
    const past = datasetAsOf(dataset, '2024-12-31');
    const view = { ...past, index: buildDatasetIndex(past) };
    expect(
      buildLatestDevelopments(view, { ...DEFAULT_FILTERS, asOf: '2024-12-31' }).map((d) => d.key),
    ).toEqual(keys({ asOf: '2024-12-31' }));
  });

  it('gives [] for a dataset with nothing dated to list', () => {
    const plain = parseDataset(
      makeDataset({ meetings: makeDataset().meetings.slice(1), commitments: [], conflicts: [] }),
    );
    expect(buildLatestDevelopments(plain, DEFAULT_FILTERS)).toEqual([]);
    expect(countAllDevelopments(plain, '')).toBe(0);
  });
});

describe(countAllDevelopments, () => {
  it('counts before the filters, but as of the chosen day', () => {
    expect(countAllDevelopments(dataset, '')).toBe(ALL_KEYS.length);
    expect(countAllDevelopments(dataset, '2022-04-11')).toBe(3);
  });
});

describe(summarizeDevelopments, () => {
  const all = buildLatestDevelopments(dataset, DEFAULT_FILTERS);
  it.each([
    [all, 11, '11 developments since 11 April 2022; newest 6 November 2025.'],
    [all.slice(5, 8), 11, '3 of 11 developments since c. 2024; newest 20 May 2024.'],
    [all.slice(6, 7), 11, '1 of 11 developments, c. May 2024.'],
    [all.slice(0, 1), 1, '1 development, 6 November 2025.'],
    [[], 11, 'No developments match these filters.'],
    [[], 0, 'The dataset records no dated developments.'],
  ])('says it in one sentence (%#)', (items, total, sentence) => {
    expect(summarizeDevelopments(items, total)).toBe(sentence);
  });
});
