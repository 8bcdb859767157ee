import type { ReviewPoint } from '@/features/reviews/reviews-series';

export type ReviewTableProps = {
  seriesName: string;
  points: readonly ReviewPoint[];
  onOpen: (reviewId: string) => void;
};

/** A series' editions as a table, oldest first: each opens its detail. */
export function ReviewTable({ seriesName, points, onOpen }: ReviewTableProps) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Editions of {seriesName}, oldest first</caption>
      <thead className="text-muted">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            Edition
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Published
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Value
          </th>
          <th scope="col" className="py-1 font-medium">
            Covers
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.reviewId} className="border-t border-line align-top">
            <th scope="row" className="py-1 pr-3 font-normal">
              <button
                type="button"
                onClick={() => onOpen(point.reviewId)}
                className="min-h-6 text-left text-accent underline underline-offset-2"
              >
                {point.edition}
              </button>
            </th>
            <td className="py-1 pr-3 whitespace-nowrap">{point.dateLabel}</td>
            <td className="py-1 pr-3">{point.label}</td>
            <td className="py-1">{point.covers ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
