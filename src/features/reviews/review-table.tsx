import { DataTable } from '@/components/table/data-table';
import type { ReviewSeriesView } from '@/features/reviews/reviews-series';
import { reviewTableColumns } from '@/features/reviews/reviews-spec';

export type ReviewTableProps = {
  seriesName: string;
  points: ReviewSeriesView['points'];
  onOpen: (reviewId: string) => void;
};

/** A series' editions as a table, oldest first: each opens its detail. */
export function ReviewTable({ seriesName, points, onOpen }: ReviewTableProps) {
  return (
    <DataTable
      caption={`Editions of ${seriesName}, oldest first`}
      columns={reviewTableColumns(onOpen)}
      rows={points}
      rowKey={(point) => point.reviewId}
    />
  );
}
