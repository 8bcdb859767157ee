import type { Dataset } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { ReviewSeriesView } from '@/features/reviews/reviews-series';
import { reviewCsvColumns, reviewSeriesSpec } from '@/features/reviews/reviews-spec';

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
    csv: csvOf({ columns: reviewCsvColumns(view), rows: view.points }),
    records: {
      reviewSeries: (dataset.reviewSeries ?? []).filter((series) => series.id === view.id),
      reviews: (dataset.reviews ?? []).filter((review) => shown.has(review.id)),
    },
    legend: [reviewSeriesSpec(view)],
  };
}
