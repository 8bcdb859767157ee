import type { LoadedDataset } from '@/domain/dataset-index';
import { parseDataset } from '@/data/parse-dataset';
import {
  citationEvidence,
  collectCitations,
  countByKind,
  describeSourceTotals,
  filterSourceRows,
  groupCitationsBySubject,
  summarizeSources,
  type SourceRow,
} from '@/features/sources/sources-series';
import { generateDataset } from '../../../scripts/synthetic-dataset';
import { makeDataset } from '../../support/fixtures';
import { findEvidence, loadSourcesDataset, makeSourcesDataset } from './sources-fixture';

const dataset = loadSourcesDataset();
const citations = collectCitations(dataset);
const rows = summarizeSources(dataset);

const empty = (loaded: LoadedDataset): LoadedDataset => ({
  ...loaded,
  meetings: [],
  commitments: [],
  people: [],
  conflicts: [],
  dialogues: [],
});

describe(collectCitations, () => {
  it('collects every evidence object in the dataset exactly once', () => {
    const all = findEvidence(makeSourcesDataset());
    expect(all).toHaveLength(14);
    expect(citations.map(citationEvidence)).toEqual(expect.arrayContaining(all));
    expect(citations.map((c) => c.quote).toSorted()).toEqual(all.map((e) => e.quote).toSorted());
  });

  it.each([
    ['date quote a', 'meeting', 'A round 1', 'Date of A round 1'],
    ['place quote', 'meeting', 'A round 1', 'Place of A round 1'],
    ['chair quote', 'meeting', 'A round 1', 'Co-chair (Person A) of A round 1'],
    ['topic quote', 'meeting', 'A round 1', 'Topic raised (Topic B, Kazakh readout) at A round 1'],
    ['outcome quote', 'meeting', 'A round 1', 'Outcome of A round 1'],
    ['m2 date', 'meeting', 'A meeting of 2025', 'Date of A meeting of 2025'],
    [
      'discussed quote',
      'commitment',
      'Domestic violence law',
      'Discussed at A round 1 — Domestic violence law',
    ],
    [
      'event quote',
      'commitment',
      'Domestic violence law',
      'Event: Adopted / signed — Domestic violence law',
    ],
    ['role quote', 'person', 'Person A', 'Role of Person A: Under Secretary'],
    [
      'claim two quote',
      'conflict',
      'Title of Person A',
      'Conflict: Title of Person A (claim: Title two)',
    ],
    ['origin quote', 'dialogue', 'Dialogue A', 'Origin of the dialogue'],
  ])('says what “%s” supports', (quote, kind, label, fact) => {
    const citation = citations.find((c) => c.quote === quote);
    expect(citation?.subject).toMatchObject({ kind, label });
    expect(citation?.fact).toBe(fact);
  });

  it('keeps the translation and the source id', () => {
    expect(citations.find((c) => c.quote === 'date quote kz')).toMatchObject({
      sourceId: 'src-kz',
      translation: 'date in English',
    });
  });

  it('returns nothing for a dataset without records', () => {
    expect(collectCitations(empty(dataset))).toEqual([]);
  });

  it('falls back to ids for records it cannot find', () => {
    const meeting = dataset.meetings[0]!;
    const broken: LoadedDataset = {
      ...empty(dataset),
      meetings: [
        {
          ...meeting,
          dialogue: 'gone',
          coChairs: [{ ...meeting.coChairs[0]!, person: 'nobody' }],
          topics: [{ ...meeting.topics[0]!, topic: 'no-topic' }],
        },
      ],
    };
    const facts = collectCitations(broken).map((c) => c.fact);
    expect(facts).toContain('Co-chair (nobody) of gone round 1');
    expect(facts).toContain('Topic raised (no-topic, Kazakh readout) at gone round 1');
  });
});

describe(citationEvidence, () => {
  it('turns a citation back into the evidence it came from', () => {
    const citation = citations.find((c) => c.quote === 'date quote kz')!;
    expect(citationEvidence(citation)).toEqual({
      source: 'src-kz',
      quote: 'date quote kz',
      translation: 'date in English',
    });
  });
});

describe(summarizeSources, () => {
  it('counts citations per source, adding up to every evidence object', () => {
    const total = rows.reduce((sum, row) => sum + row.citationCount, 0);
    expect(total).toBe(findEvidence(makeSourcesDataset()).length);
    expect(rows.map((row) => [row.id, row.citationCount])).toEqual([
      ['src-a', 6],
      ['src-b', 5],
      ['src-kz', 3],
      ['src-unused', 0],
    ]);
  });

  it('labels kind, language, date and readout, and lists distinct subjects', () => {
    expect(rows.find((row) => row.id === 'src-kz')).toEqual({
      id: 'src-kz',
      title: 'Қазинформ хабары',
      publisher: 'Kazinform',
      kind: 'kazakh-government',
      kindLabel: 'Kazakh government',
      language: 'kk',
      languageLabel: 'Kazakh',
      published: 'May 2024 (uncertain)',
      url: 'https://inform.kz/kz/1',
      readoutLabel: 'Kazakh readout',
      citationCount: 3,
      subjects: ['A round 1', 'Dialogue A'],
    });
    expect(rows.find((row) => row.id === 'src-b')).toMatchObject({
      published: 'date not shown',
      readoutLabel: 'US statement',
      subjects: ['A meeting of 2025', 'Domestic violence law', 'Person A', 'Title of Person A'],
    });
  });

  it('sorts sources cited equally by title', () => {
    const tied = summarizeSources(empty(parseDataset(makeDataset())));
    expect(tied.map((row) => row.title)).toEqual(['Source A', 'Source B']);
  });

  it.each([
    ['the sources fixture', () => dataset],
    ['a synthetic dataset', () => parseDataset(generateDataset({ seed: 5, scale: 2 }))],
  ])(
    'counts what collectCitations lists in %s: each quote once, subjects in first-cited order',
    (_, load) => {
      const loaded = load();
      const all = collectCitations(loaded);
      for (const row of summarizeSources(loaded)) {
        const cited = all.filter((citation) => citation.sourceId === row.id);
        expect({ id: row.id, count: row.citationCount, subjects: row.subjects }).toEqual({
          id: row.id,
          count: cited.length,
          subjects: [...new Set(cited.map((citation) => citation.subject.label))],
        });
      }
    },
  );

  it('ignores quotes of sources not in the dataset', () => {
    const person = dataset.people[0]!;
    const roles = person.roles.map((role) => ({
      ...role,
      evidence: role.evidence.map((item) => ({ ...item, source: 'missing' })),
    }));
    const summary = summarizeSources({ ...empty(dataset), people: [{ ...person, roles }] });
    expect(summary).toHaveLength(dataset.sources.length);
    expect(summary.every((row) => row.citationCount === 0)).toBe(true);
  });
});

describe(filterSourceRows, () => {
  it.each([
    ['', ['src-a', 'src-b', 'src-kz', 'src-unused']],
    ['   ', ['src-a', 'src-b', 'src-kz', 'src-unused']],
    ['NOBODY', ['src-unused']],
    ['Ünüsed', ['src-unused']],
    ['domestic', ['src-a', 'src-b']],
    ['kazinform', ['src-kz']],
    ['khabary', ['src-kz']],
    ['Dïalogue', ['src-kz']],
    ['source nothing', []],
  ])('search %j keeps %j', (search, ids) => {
    expect(filterSourceRows(rows, search).map((row) => row.id)).toEqual(ids);
  });

  it('returns nothing for no rows', () => {
    expect(filterSourceRows([], 'a')).toEqual([]);
  });
});

describe(countByKind, () => {
  it('counts sources per kind, most first', () => {
    expect(countByKind(rows)).toEqual([
      { kind: 'media', label: 'Media', count: 2 },
      { kind: 'kazakh-government', label: 'Kazakh government', count: 1 },
      { kind: 'us-government', label: 'US government', count: 1 },
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(countByKind([])).toEqual([]);
  });
});

describe(describeSourceTotals, () => {
  it('states sources, quotes and kinds', () => {
    expect(describeSourceTotals(rows)).toBe(
      '4 sources supply 14 quotes. By kind: Media 2, Kazakh government 1, US government 1.',
    );
  });

  it.each([
    [[], '0 sources supply 0 quotes.'],
    [[{ ...rows[0]!, citationCount: 1 }], '1 source supplies 1 quote. By kind: Media 1.'],
  ] as [SourceRow[], string][])('handles %#', (input, text) => {
    expect(describeSourceTotals(input)).toBe(text);
  });
});

describe(groupCitationsBySubject, () => {
  it('groups a source’s citations by record in first-cited order', () => {
    const groups = groupCitationsBySubject(citations.filter((c) => c.sourceId === 'src-a'));
    expect(groups.map((group) => [group.subject.label, group.citations.length])).toEqual([
      ['A round 1', 4],
      ['Domestic violence law', 1],
      ['Title of Person A', 1],
    ]);
  });

  it('returns nothing for no citations', () => {
    expect(groupCitationsBySubject([])).toEqual([]);
  });
});
