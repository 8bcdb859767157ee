import { datedBy } from '@/domain/as-of';
import { VOICE_LABELS } from '@/domain/labels';
import type {
  Dataset,
  DatePrecision,
  Evidence,
  Review,
  ReviewSeries,
  Voice,
} from '@/domain/schema';
import type { Filters } from '@/view/filters';
import {
  compareByMiddle,
  formatPartialDate,
  partialDateToTime,
  yearOf,
  yearAxisTicks,
} from '@/lib/dates';
import { foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';
import { fitReviewAxis, formatReviewTick, type ReviewAxis } from '@/features/reviews/review-axis';
import { reviewSummary, reviewTakeaway } from '@/features/reviews/review-summary';
import { groupBy } from '@/lib/group-by';
import { maxOf, minOf } from '@/lib/extent';

/** One edition as the charts, tables and lists show it. */
export type ReviewPoint = {
  reviewId: string;
  edition: string;
  dateValue: string;
  precision: DatePrecision;
  /** The date in words at its precision ("February 2025"). */
  dateLabel: string;
  /** When it was published, in sentences: its year, or its date where two share a year. */
  when: string;
  /** The year in the edition's name ("Freedom in the World 2025" → "2025"), or null. */
  editionYear: string | null;
  /** The date on a time axis, in ms (UTC); a month or year sits at its middle. */
  time: number;
  value: number | null;
  /** The value as a chart labels it ("23", "Tier 2"); '' without a value. */
  valueText: string;
  label: string;
  covers: string | null;
};

/** A review series with its editions under the current filters, oldest first. */
export type ReviewSeriesView = {
  id: string;
  name: string;
  publisher: string;
  voice: Voice;
  voiceLabel: string;
  measure: ReviewSeries['measure'];
  scale: string;
  higherIsBetter: boolean | null;
  description: string;
  points: ReviewPoint[];
  /** The points a chart draws: those with a value. */
  plotted: ReviewPoint[];
  /** Whether the chart prints each value by its mark: up to MOST_LABELLED, beyond that they collide. */
  labelled: boolean;
  /** Its editions in the dataset on screen (as of the View as of date), before other filters. */
  totalEditions: number;
  /** The value axis, for a score, rank or tier with at least one value; null for a dated list. */
  axis: ReviewAxis | null;
  /** The takeaway, as the chart's title ("Freedom House has rated Kazakhstan …"). */
  title: string;
  /** Whose word, the scale and direction, and every edition in words. */
  summary: string;
};

export type ReviewsView = {
  /** Series drawn as charts: scores, ranks and tiers with values. */
  charts: ReviewSeriesView[];
  /** Series shown as dated lists: outcomes in words (or a series with no value yet). */
  lists: ReviewSeriesView[];
  /** One time axis for every chart, so that the small multiples line up: 1 January of each year. */
  timeDomain: [number, number];
  yearTicks: number[];
  shownEditions: number;
  totalEditions: number;
};

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/** The most editions a chart prints the values of; the tooltip and table carry them all. */
export const MOST_LABELLED = 12;

function evidenceWords(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((item) => [item.quote, item.translation ?? '']);
}

function seriesWords(series: ReviewSeries): string {
  return [
    series.name,
    series.publisher,
    series.description,
    series.scale,
    VOICE_LABELS[series.voice],
  ].join(' ');
}

function reviewWords(review: Review): string {
  return [
    review.edition,
    review.label,
    review.covers ?? '',
    ...evidenceWords(review.evidence),
    ...evidenceWords(review.date.evidence),
  ].join(' ');
}

/** The one year an edition's name holds ("Corruption Perceptions Index 2023"), or null for none or two. */
function yearInName(edition: string): string | null {
  const years = new Set(edition.match(/\b(?:19|20)\d{2}\b/g));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** Each edition's short name: its year, or its full date where another shown edition shares the year. */
function toPoints(reviews: readonly Review[], measure: ReviewSeries['measure']): ReviewPoint[] {
  const perYear = new Map<number, number>();
  for (const review of reviews) {
    const year = yearOf(review.date.value);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return reviews.map((review) => {
    const dateLabel = formatPartialDate(review.date.value, review.date.uncertain);
    const year = yearOf(review.date.value);
    return {
      reviewId: review.id,
      edition: review.edition,
      dateValue: review.date.value,
      precision: review.date.precision,
      dateLabel,
      when: (perYear.get(year) ?? 0) > 1 ? dateLabel : String(year),
      editionYear: yearInName(review.edition),
      time: partialDateToTime(review.date.value),
      value: review.value,
      valueText:
        review.value === null || measure === 'outcome'
          ? ''
          : formatReviewTick(review.value, measure),
      label: review.label,
      covers: review.covers ?? null,
    };
  });
}

function toView(series: ReviewSeries, points: ReviewPoint[], total: number): ReviewSeriesView {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const plotted = points.filter((point) => point.value !== null);
  const axis =
    series.measure === 'outcome' || values.length === 0
      ? null
      : fitReviewAxis(values, series.measure, series.higherIsBetter);
  const base = {
    id: series.id,
    name: series.name,
    publisher: series.publisher,
    voice: series.voice,
    voiceLabel: VOICE_LABELS[series.voice],
    measure: series.measure,
    scale: series.scale,
    higherIsBetter: series.higherIsBetter,
    description: series.description,
    points,
    plotted,
    labelled: plotted.length <= MOST_LABELLED,
    totalEditions: total,
    axis,
  };
  return { ...base, title: reviewTakeaway(base), summary: reviewSummary(base) };
}

/**
 * The review series under the shared filters, in dataset order: a series passes the Topic filter when
 * it bears on a chosen topic; its editions pass when published by the View as of date (inclusive; a
 * year or month counts from its first day), in a chosen year, and matching the search (over the
 * series' and the edition's words and quotes). Series with no edition left are left out. The Dialogue
 * and Status filters do not apply. Scores, ranks and tiers with a value are charts; the rest lists.
 */
export function buildReviewsView(dataset: Dataset, filters: Filters): ReviewsView {
  const topics = new Set(filters.topics);
  const years = new Set(filters.years);
  const terms = searchTerms(filters.search);
  const byseries = groupBy(
    (dataset.reviews ?? []).filter((review) => datedBy(review.date.value, filters.asOf)),
    (review) => review.series,
  );
  const charts: ReviewSeriesView[] = [];
  const lists: ReviewSeriesView[] = [];
  let totalEditions = 0;
  for (const series of dataset.reviewSeries ?? []) {
    const all = (byseries.get(series.id) ?? []).toSorted((a, b) =>
      compareByMiddle(a.date.value, b.date.value),
    );
    totalEditions += all.length;
    if (topics.size > 0 && !series.topics.some((topic) => topics.has(topic))) continue;
    const words = terms.length > 0 ? seriesWords(series) : '';
    const shown = all.filter(
      (review) =>
        (years.size === 0 || years.has(yearOf(review.date.value))) &&
        (terms.length === 0 ||
          matchesTerms(foldForSearch(`${words} ${reviewWords(review)}`), terms)),
    );
    if (shown.length === 0) continue;
    const view = toView(series, toPoints(shown, series.measure), all.length);
    (view.axis ? charts : lists).push(view);
  }
  const times = charts.flatMap((view) => view.points.map((point) => point.time));
  const first = times.length > 0 ? new Date(minOf(times, (time) => time)).getUTCFullYear() : 2024;
  const last = times.length > 0 ? new Date(maxOf(times, (time) => time)).getUTCFullYear() : 2024;
  return {
    charts,
    lists,
    timeDomain: [yearStart(first), yearStart(last + 1)],
    yearTicks: yearAxisTicks(first, last),
    shownEditions: [...charts, ...lists].reduce((sum, view) => sum + view.points.length, 0),
    totalEditions,
  };
}
