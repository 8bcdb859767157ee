import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { Dataset } from '@/domain/schema';
import { useView } from '@/view/use-view';
import { ChartFrame } from '@/components/chart/chart-frame';
import { EmptyState } from '@/components/states/empty-state';
import { ResultCount } from '@/components/ui/result-count';
import { buildReviewExport } from '@/features/reviews/reviews-export';
import { ReviewOutcomes } from '@/features/reviews/review-outcomes';
import { DataTable } from '@/components/table/data-table';
import { reviewTable } from '@/features/reviews/reviews-spec';
import {
  buildReviewsView,
  type ReviewSeriesView,
  type ReviewsView,
} from '@/features/reviews/reviews-series';
import { DataText } from '@/components/ui/data-text';
import { PanelSection } from '@/components/ui/panel-section';

const ReviewChart = lazy(() =>
  import('@/features/reviews/review-chart').then((m) => ({ default: m.ReviewChart })),
);

const CHART_HEIGHT = 220;

/** Recurring reviews and ratings of Kazakhstan: a chart per rated series, a dated list per outcome. */
export function ReviewsSection() {
  const { dataset, filters, openDetail } = useView();
  const view = useMemo(() => buildReviewsView(dataset, filters), [dataset, filters]);
  const onOpen = useCallback(
    (reviewId: string) => openDetail({ kind: 'review', id: reviewId }),
    [openDetail],
  );
  const recorded = (dataset.reviewSeries ?? []).length > 0;

  return (
    <PanelSection name="reviews" title="Reviews and ratings">
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Recurring reviews and ratings of Kazakhstan by others, each edition dated and quoted. They
        are their publishers’ assessments, not the dashboard’s: each says whose word it is. The
        Topic (the topics a series bears on), Year (of publication), Search and View as of filters
        apply; the Dialogue and Status filters do not.
      </p>
      {!recorded ? (
        <p className="mt-3 text-sm">No reviews or ratings are recorded in this dataset.</p>
      ) : (
        <>
          <ResultCount shown={view.shownEditions} total={view.totalEditions} noun="editions" />
          {view.shownEditions === 0 ? (
            <div className="mt-4">
              {/* No reset button of its own: a search for a person or a meeting often matches no
                  review, and the filter bar's reset is one step away. */}
              <EmptyState title="No review editions match these filters">
                Change or reset the filters above to see them.
              </EmptyState>
            </div>
          ) : (
            <div className="mt-4 space-y-6">
              {view.charts.length > 0 && (
                <div className="grid gap-4 lg:grid-cols-2">
                  {view.charts.map((series) => (
                    <ReviewFrame
                      key={series.id}
                      series={series}
                      view={view}
                      dataset={dataset}
                      onOpen={onOpen}
                    />
                  ))}
                </div>
              )}
              {view.lists.length > 0 && <ReviewOutcomes series={view.lists} onOpen={onOpen} />}
            </div>
          )}
        </>
      )}
    </PanelSection>
  );
}

type ReviewFrameProps = {
  series: ReviewSeriesView;
  view: ReviewsView;
  dataset: Dataset;
  onOpen: (reviewId: string) => void;
};

function ReviewFrame({ series, view, dataset, onOpen }: ReviewFrameProps) {
  const getExportSpec = useCallback(() => buildReviewExport(series, dataset), [series, dataset]);
  const { axis } = series;
  if (!axis || series.measure === 'outcome') return null;
  return (
    <ChartFrame
      title={series.title}
      summary={
        <>
          <DataText>{series.name}</DataText>, by <DataText>{series.publisher}</DataText>; whose
          word: <strong className="font-semibold text-ink">{series.voiceLabel}</strong>.{' '}
          {series.summary}
        </>
      }
      height={CHART_HEIGHT}
      getExportSpec={getExportSpec}
      table={<DataTable {...reviewTable(series, onOpen)} />}
    >
      <Suspense fallback={null}>
        <ReviewChart
          points={series.plotted}
          axis={axis}
          measure={series.measure}
          timeDomain={view.timeDomain}
          yearTicks={view.yearTicks}
          labelled={series.labelled}
          onSelect={onOpen}
        />
      </Suspense>
    </ChartFrame>
  );
}
