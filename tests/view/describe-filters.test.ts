import { describeFilterParts, describeFilters, formatYearList } from '@/view/describe-filters';
import { DEFAULT_FILTERS } from '@/view/filters';
import { isolate } from '@/lib/isolate';
import { makeDataset } from '../support/fixtures';

describe(formatYearList, () => {
  it.each([
    [[], ''],
    [[2024], '2024'],
    [[2023, 2024], '2023–2024'],
    [[2017, 2022, 2023, 2024, 2025], '2017, 2022–2025'],
    [[2020, 2022, 2024], '2020, 2022, 2024'],
  ])('%j → %j', (years, expected) => {
    expect(formatYearList(years)).toBe(expected);
  });
});

describe(describeFilters, () => {
  const dataset = makeDataset();

  it('says when nothing is filtered', () => {
    expect(describeFilters(DEFAULT_FILTERS, dataset)).toBe('All records (no filters)');
  });

  it('names topics, years, dialogue, status, search and the as-of date in a fixed order', () => {
    expect(
      describeFilters(
        {
          topics: ['topic-b', 'topic-a'],
          years: [2023, 2024],
          dialogue: 'dialogue-a',
          statuses: ['complete'],
          search: 'Zeya',
          asOf: '2023-01-24',
        },
        dataset,
      ),
    ).toBe(
      `Topics: ${isolate('Topic B')}, ${isolate('Topic A')} · Years: 2023–2024 · Dialogue: ${isolate('A')} · Status: Complete · Search: “${isolate('Zeya')}” · As of 24 January 2023`,
    );
  });

  it('uses the singular for one value', () => {
    expect(
      describeFilters({ ...DEFAULT_FILTERS, topics: ['topic-a'], years: [2024] }, dataset),
    ).toBe(`Topic: ${isolate('Topic A')} · Year: 2024`);
  });

  it('isolates a label that would reorder the caption, and changes nothing else', () => {
    const topic = {
      id: 'topic-a',
      label: '\u202Eabc',
      definition: 'About A.',
      group: 'rule-of-law' as const,
    };
    const reversed = makeDataset({ topics: [topic] });
    expect(
      describeFilters({ ...DEFAULT_FILTERS, topics: ['topic-a'], years: [2024] }, reversed),
    ).toBe('Topic: \u2068\u202Eabc\u2069 · Year: 2024');
  });
});

describe(describeFilterParts, () => {
  const dataset = makeDataset();

  it('is empty when nothing is filtered', () => {
    expect(describeFilterParts(DEFAULT_FILTERS, dataset)).toEqual([]);
  });

  it('marks the values that come from the data or the reader, to be isolated on screen', () => {
    const parts = describeFilterParts(
      {
        ...DEFAULT_FILTERS,
        topics: ['topic-a'],
        years: [2024],
        dialogue: 'dialogue-a',
        statuses: ['complete'],
        search: 'Zeya',
        asOf: '2023-01-24',
      },
      dataset,
    );
    expect(parts.map(({ name, values, fromData }) => [name, values, fromData])).toEqual([
      ['Topic', ['Topic A'], true],
      ['Year', ['2024'], false],
      ['Dialogue', ['A'], true],
      ['Status', ['Complete'], false],
      ['Search', ['Zeya'], true],
      ['As of', ['24 January 2023'], false],
    ]);
  });
});
