import {
  buildFilterVocabulary,
  DEFAULT_FILTERS,
  isDefaultFilters,
  parseFilters,
  sanitizeFilters,
  sanitizeSince,
  serializeFilters,
  toggleValue,
  type Filters,
} from '@/view/filters';
import { makeContact, makeDataset, makeReview, makeReviewSeries } from '../support/fixtures';

const vocabulary = buildFilterVocabulary(makeDataset());

describe(buildFilterVocabulary, () => {
  it('collects topic ids, dialogue ids and every year with a meeting or an event', () => {
    expect([...vocabulary.topicIds]).toEqual(['topic-a', 'topic-b']);
    expect([...vocabulary.dialogueIds]).toEqual(['dialogue-a']);
    expect(vocabulary.years).toEqual([2022, 2023, 2025]);
  });

  it('adds the years of review editions and high-level contacts', () => {
    const withReviews = makeDataset({
      reviewSeries: [makeReviewSeries()],
      reviews: [makeReview({ date: { ...makeReview().date, value: '2019' } })],
      contacts: [makeContact({ date: { ...makeContact().date, value: '2026-03-01' } })],
    });
    expect(buildFilterVocabulary(withReviews).years).toEqual([2019, 2022, 2023, 2025, 2026]);
  });
});

describe(serializeFilters, () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
  });

  it('writes only non-default values as readable, comma-separated params', () => {
    const filters: Filters = {
      ...DEFAULT_FILTERS,
      topics: ['topic-a', 'topic-b'],
      years: [2022, 2023],
      search: 'Zeya',
    };
    expect(serializeFilters(filters)).toBe('?topic=topic-a,topic-b&year=2022,2023&q=Zeya');
    expect(isDefaultFilters(filters)).toBe(false);
  });
});

describe(parseFilters, () => {
  it('round-trips filters through the URL', () => {
    const filters: Filters = {
      topics: ['topic-b'],
      years: [2025],
      dialogue: 'dialogue-a',
      statuses: ['adopted', 'complete'],
      search: 'domestic violence',
      asOf: '2023-01-24',
    };
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
  });

  it('falls back to defaults for values it cannot read', () => {
    expect(parseFilters('?year=abc&status=nonsense')).toEqual(DEFAULT_FILTERS);
  });

  it('reads the statuses of schema version 1 from old links as complete', () => {
    expect(parseFilters('?status=in-force,implementing,adopted').statuses).toEqual([
      'complete',
      'complete',
      'adopted',
    ]);
    expect(serializeFilters(parseFilters('?status=in-force'))).toBe('?status=complete');
  });
});

describe(sanitizeFilters, () => {
  it('drops ids, years and dialogues the dataset does not have, and impossible as-of dates', () => {
    const dirty: Filters = {
      topics: ['topic-b', 'ghost', 'topic-a', 'topic-b'],
      years: [1999, 2025, 2022],
      dialogue: 'nowhere',
      statuses: ['complete', 'announced', 'complete'],
      search: '  two   words ',
      asOf: '2024-02-30',
    };
    expect(sanitizeFilters(dirty, vocabulary)).toEqual({
      topics: ['topic-a', 'topic-b'],
      years: [2022, 2025],
      dialogue: null,
      statuses: ['announced', 'complete'],
      search: 'two words',
      asOf: '',
    });
  });

  it('is idempotent', () => {
    const once = sanitizeFilters(
      { ...DEFAULT_FILTERS, topics: ['topic-b', 'topic-a'] },
      vocabulary,
    );
    expect(sanitizeFilters(once, vocabulary)).toEqual(once);
  });
});

describe(sanitizeSince, () => {
  const versions = ['2.0.0', '1.10.0', '1.0.0'];
  it.each([
    ['1.0.0', '1.0.0'],
    ['2.0.0', '2.0.0'],
    ['9.9.9', null],
    ['1.0', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (value, expected) => {
    expect(sanitizeSince(value, versions)).toBe(expected);
  });
});

describe(toggleValue, () => {
  it('adds a value that is not in the list and removes one that is', () => {
    expect(toggleValue([], 'topic-a')).toEqual(['topic-a']);
    expect(toggleValue(['topic-b'], 'topic-a')).toEqual(['topic-b', 'topic-a']);
    expect(toggleValue(['topic-a', 'topic-b'], 'topic-a')).toEqual(['topic-b']);
  });
});
