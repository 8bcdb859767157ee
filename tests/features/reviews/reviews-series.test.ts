import { buildReviewsView } from '@/features/reviews/reviews-series';
import { DEFAULT_FILTERS, type Filters } from '@/view/filters';
import { isolate, withoutIsolates } from '@/lib/isolate';
import { makeDataset, makeReview, makeReviewSeries } from '../../support/fixtures';
import { makeReviewsDataset } from './reviews-fixture';

const view = (filters: Partial<Filters> = {}, dataset = makeReviewsDataset()) =>
  buildReviewsView(dataset, { ...DEFAULT_FILTERS, ...filters });
const ids = (series: readonly { id: string }[]) => series.map((entry) => entry.id);

describe(buildReviewsView, () => {
  it('charts scores, ranks and tiers and lists outcomes, each with its editions oldest first', () => {
    const result = view();
    expect(ids(result.charts)).toEqual(['fiw', 'rsf', 'tip']);
    expect(ids(result.lists)).toEqual(['upr']);
    expect(result.charts[1]?.points.map((point) => [point.when, point.value, point.label])).toEqual(
      [
        ['2024', 142, '142nd of 180'],
        ['2025', 141, '141st of 180'],
      ],
    );
    expect(result.lists[0]?.axis).toBeNull();
    expect(result.lists[0]?.points[0]).toMatchObject({
      covers: '2019–2024',
      dateLabel: 'March 2025',
    });
    expect(result).toMatchObject({ shownEditions: 6, totalEditions: 6 });
  });

  it('gives each chart a takeaway title, a summary, whose word it is and a fitted axis', () => {
    const [fiw, rsf] = view().charts;
    expect(fiw?.title).toBe(
      `${isolate('Freedom House')} has rated Kazakhstan ${isolate('23/100, Not Free')}, in both its 2024 and 2025 editions`,
    );
    expect(withoutIsolates(fiw?.summary ?? '')).toMatch(
      /^Scale: 0–100; higher is freer\. Higher is better\. 2 editions:/,
    );
    expect(fiw?.plotted.map((point) => point.valueText)).toEqual(['23', '23']);
    expect(fiw?.axis).toEqual({ domain: [20, 26], ticks: [20, 22, 24, 26], reversed: false });
    expect(rsf?.axis?.reversed).toBe(true);
    expect(rsf?.voiceLabel).toBe('Independent (NGO, media, academic)');
  });

  it('shares one time axis across the charts, from 1 January of the first year to after the last', () => {
    const result = view();
    expect(result.timeDomain).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(result.yearTicks).toEqual([
      Date.UTC(2024, 0, 1),
      Date.UTC(2025, 0, 1),
      Date.UTC(2026, 0, 1),
    ]);
  });

  it('keeps series bearing on a chosen topic', () => {
    const result = view({ topics: ['topic-b'] });
    expect([...ids(result.charts), ...ids(result.lists)]).toEqual(['rsf', 'tip']);
    expect(result).toMatchObject({ shownEditions: 3, totalEditions: 6 });
  });

  it('keeps editions published in a chosen year, and says in the summary how many are left out', () => {
    const result = view({ years: [2024] });
    expect(ids(result.charts)).toEqual(['fiw', 'rsf']);
    expect(result.lists).toEqual([]);
    expect(result.charts[0]?.title).toBe(
      `${isolate('Freedom House')} rated Kazakhstan ${isolate('23/100, Not Free')}, in its 2024 edition`,
    );
    expect(result.charts[0]?.summary).toMatch(/1 more edition is outside these filters\.$/);
  });

  it('as of a day, leaves out editions published after it (a month counts from its first day)', () => {
    const result = view({ asOf: '2025-02-28' });
    expect(result.charts.map((series) => [series.id, series.points.length])).toEqual([
      ['fiw', 2],
      ['rsf', 1],
    ]);
    expect(result.totalEditions).toBe(3);
    expect(view({ asOf: '2024-01-31' })).toMatchObject({ charts: [], lists: [], totalEditions: 0 });
  });

  it('matches the search against series and edition words and quotes, ignoring case and accents', () => {
    expect(ids(view({ search: 'reporters' }).charts)).toEqual(['rsf']);
    expect(view({ search: 'RANKS 142nd' }).charts[0]?.points.map((p) => p.reviewId)).toEqual([
      'rsf-2024',
    ]);
    expect(ids(view({ search: 'universal periodic' }).lists)).toEqual(['upr']);
    expect(view({ search: 'no such words' })).toMatchObject({
      charts: [],
      lists: [],
      shownEditions: 0,
    });
  });

  it('ignores the dialogue and status filters', () => {
    expect(view({ dialogue: 'dialogue-a', statuses: ['complete'] })).toEqual(view());
  });

  it('names editions by their date where two share a year', () => {
    const twice = makeReviewsDataset({
      reviews: [
        makeReview({ id: 'a', date: { ...makeReview().date, value: '2025-02' } }),
        makeReview({ id: 'b', date: { ...makeReview().date, value: '2025-09' } }),
      ],
    });
    expect(view({}, twice).charts[0]?.points.map((point) => point.when)).toEqual([
      'February 2025',
      'September 2025',
    ]);
  });

  it('reads the year in an edition’s name, or none when it holds none or two', () => {
    const named = (edition: string) =>
      view(
        {},
        makeDataset({
          reviewSeries: [makeReviewSeries()],
          reviews: [makeReview({ edition })],
        }),
      ).charts[0]?.points[0]?.editionYear;
    expect(named('Corruption Perceptions Index 2023')).toBe('2023');
    expect(named('2023 Country Report on Human Rights Practices')).toBe('2023');
    expect(named('Observation adopted 2024, published 2025')).toBeNull();
    expect(named('Fourth cycle: review')).toBeNull();
  });

  it('prints values on a chart of up to 12 editions only', () => {
    const editions = (count: number) =>
      makeDataset({
        reviewSeries: [makeReviewSeries()],
        reviews: Array.from({ length: count }, (_, i) =>
          makeReview({ id: `e-${i}`, date: { ...makeReview().date, value: String(2000 + i) } }),
        ),
      });
    expect(view({}, editions(12)).charts[0]?.labelled).toBe(true);
    expect(view({}, editions(13)).charts[0]?.labelled).toBe(false);
  });

  it('lists a score series with no value yet instead of charting it', () => {
    const unvalued = makeDataset({
      reviewSeries: [makeReviewSeries()],
      reviews: [makeReview({ value: null, label: 'Not rated' })],
    });
    expect(ids(view({}, unvalued).lists)).toEqual(['fiw']);
  });

  it('is empty for a dataset without reviews', () => {
    expect(view({}, makeDataset())).toMatchObject({
      charts: [],
      lists: [],
      shownEditions: 0,
      totalEditions: 0,
    });
  });
});
