import { parseDataset } from '@/data/parse-dataset';
import {
  groupSearchResults,
  highlightParts,
  matchPeople,
  typedWords,
} from '@/features/search/search-results-series';
import type { Person } from '@/domain/schema';
import { evidence, makeDataset } from '../../support/fixtures';

const role = (title: string, side: 'us' | 'kz', value: string) => ({
  title,
  side,
  observed: { value, precision: 'day' as const },
  evidence: evidence(),
});

const people: Person[] = [
  {
    id: 'erzhan',
    name: 'Erzhan Kazykhan',
    aliases: ['Yerzhan Kazykhan', 'Special Representative Kazykhan'],
    roles: [
      role('Deputy Chief of Staff', 'kz', '2022-04-11'),
      role('Special Representative', 'kz', '2024-05-20'),
    ],
  },
  {
    id: 'uzra',
    name: 'Uzra Zeya',
    aliases: ['Uzry Zeya'],
    roles: [role('Under Secretary', 'us', '2022-04-11')],
  },
  {
    id: 'mukhtar',
    name: 'Mukhtar Tleuberdi',
    aliases: [],
    roles: [role('Foreign Minister', 'kz', '2022-01-01')],
  },
];

describe(matchPeople, () => {
  it('says a name matched as written, with the newest role and its side', () => {
    expect(matchPeople(people, 'kazykhan')).toEqual([
      {
        id: 'erzhan',
        name: 'Erzhan Kazykhan',
        role: 'Special Representative (Kazakhstan)',
        via: { kind: 'name' },
      },
    ]);
  });

  it('names the alias a search matched through', () => {
    expect(matchPeople(people, 'Yerzhan')[0]?.via).toEqual({
      kind: 'alias',
      alias: 'Yerzhan Kazykhan',
    });
    expect(matchPeople(people, 'uzry')[0]?.via).toEqual({ kind: 'alias', alias: 'Uzry Zeya' });
  });

  it('calls a transliteration no alias has as typed another spelling', () => {
    expect(matchPeople(people, 'Ержан')).toMatchObject([
      { id: 'erzhan', via: { kind: 'spelling' } },
    ]);
  });

  it('needs every word, and finds nobody for an empty search', () => {
    expect(matchPeople(people, 'uzra kazykhan')).toEqual([]);
    expect(matchPeople(people, '  ')).toEqual([]);
  });
});

describe(groupSearchResults, () => {
  const dataset = parseDataset(makeDataset());

  it('groups what the filters left with the people and sources the search names, and counts all', () => {
    const results = groupSearchResults(dataset, 'source a', {
      meetings: dataset.meetings.slice(0, 1),
      commitments: [],
    });
    expect(results.meetings).toEqual([
      { key: 'meeting-1', label: 'A round 1', detail: { kind: 'meeting', id: 'meeting-1' } },
    ]);
    expect(results.sources.map((item) => item.key)).toEqual(['src-a']);
    expect(results.people).toEqual([]);
    expect(results.total).toBe(2);
  });
});

describe(highlightParts, () => {
  it('marks every occurrence of each word as typed, whatever its case', () => {
    expect(
      highlightParts('Law on mass media, and the media code', typedWords('MEDIA law')),
    ).toEqual([
      { text: 'Law', match: true },
      { text: ' on mass ', match: false },
      { text: 'media', match: true },
      { text: ', and the ', match: false },
      { text: 'media', match: true },
      { text: ' code', match: false },
    ]);
  });

  it('leaves a text without the words, or with a letter that changes length in lower case, whole', () => {
    expect(highlightParts('Zeya', ['kazykhan'])).toEqual([{ text: 'Zeya', match: false }]);
    expect(highlightParts('İstanbul media', ['media'])).toEqual([
      { text: 'İstanbul media', match: false },
    ]);
  });
});
