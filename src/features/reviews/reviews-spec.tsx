import type { SeriesSpec } from '@/components/chart/chart-spec';
import type { Column, TableSpec } from '@/components/table/columns';
import type { ReviewPoint, ReviewSeriesView } from '@/features/reviews/reviews-series';
import { isolate } from '@/lib/isolate';

/** A series' one line of dots, as its legend names it. */
export function reviewSeriesSpec(view: Pick<ReviewSeriesView, 'name' | 'scale'>): SeriesSpec {
  return {
    label: `${isolate(view.name)} (${isolate(view.scale)})`,
    color: 'var(--color-accent)',
    shape: 'circle',
  };
}

const editionColumn = (onOpen?: (reviewId: string) => void): Column<ReviewPoint> => ({
  header: 'Edition',
  value: (point) => point.edition,
  cell: (point) => (
    <button
      type="button"
      onClick={() => onOpen?.(point.reviewId)}
      className="min-h-6 text-left text-accent underline underline-offset-2"
    >
      {point.edition}
    </button>
  ),
  rowHeader: true,
});

const PUBLISHED: Column<ReviewPoint> = {
  header: 'Published',
  value: (point) => point.dateValue,
  cell: (point) => point.dateLabel,
  className: 'whitespace-nowrap',
};

const COVERS: Column<ReviewPoint> = {
  header: 'Covers',
  value: (point) => point.covers ?? '',
  cell: (point) => point.covers ?? '—',
};

/** A series' CSV, one row per edition: the raw value and its label, and the series' scale, voice and publisher. */
export function reviewCsvColumns(
  view: Pick<ReviewSeriesView, 'scale' | 'voiceLabel' | 'publisher'>,
): Column<ReviewPoint>[] {
  return [
    editionColumn(),
    PUBLISHED,
    { header: 'Date precision', value: (point) => point.precision },
    COVERS,
    { header: 'Value', value: (point) => point.value },
    { header: 'Label', value: (point) => point.label },
    { header: 'Scale', value: () => view.scale },
    { header: 'Whose word', value: () => view.voiceLabel },
    { header: 'Publisher', value: () => view.publisher },
  ];
}

/** A series' editions as a table, oldest first: the value as labelled; each edition opens its detail. */
export function reviewTable(
  view: Pick<ReviewSeriesView, 'name' | 'points'>,
  onOpen: (reviewId: string) => void,
): TableSpec<ReviewPoint> {
  return {
    caption: `Editions of ${isolate(view.name)}, oldest first`,
    columns: [editionColumn(onOpen), PUBLISHED, { header: 'Value', value: (p) => p.label }, COVERS],
    rows: view.points,
    rowKey: (point) => point.reviewId,
  };
}
