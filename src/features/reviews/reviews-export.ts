import type { Dataset } from '@/data/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import type { ReviewSeriesView } from '@/features/reviews/reviews-series';

/**
 * One series' export: a CSV row per edition shown (oldest first, with its value, label, scale and
 * whose word it is), the series and those editions as records, and the line's legend.
 */
export function buildReviewExport(
  view: ReviewSeriesView,
  dataset: Pick<Dataset, 'reviewSeries' | 'reviews'>,
): ChartExportSpec {
  const shown = new Set(view.points.map((point) => point.reviewId));
  return {
    stem: `review-${view.id}`,
    csv: {
      header: [
        'Edition',
        'Published',
        'Date precision',
        'Covers',
        'Value',
        'Label',
        'Scale',
        'Whose word',
        'Publisher',
      ],
      rows: view.points.map((point) => [
        point.edition,
        point.dateValue,
        point.precision,
        point.covers ?? '',
        point.value,
        point.label,
        view.scale,
        view.voiceLabel,
        view.publisher,
      ]),
    },
    records: {
      reviewSeries: (dataset.reviewSeries ?? []).filter((series) => series.id === view.id),
      reviews: (dataset.reviews ?? []).filter((review) => shown.has(review.id)),
    },
    legend: [
      { label: `${view.name} (${view.scale})`, color: 'var(--color-accent)', shape: 'circle' },
    ],
  };
}
