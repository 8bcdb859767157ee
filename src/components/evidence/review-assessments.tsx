import { useMemo } from 'react';
import type { Dataset } from '@/domain/schema';
import { reviewsAssessing } from '@/domain/reviews-assessing';
import { DataText } from '@/components/ui/data-text';

export type ReviewAssessmentsProps = {
  dataset: Pick<Dataset, 'reviewSeries' | 'reviews'>;
  commitmentId: string;
  /** `YYYY-MM-DD`: editions published after it are left out; '' for none. */
  asOf: string;
  onOpenReview: (reviewId: string) => void;
  /** The heading's id, for a contents list to link to. */
  headingId?: string;
};

/**
 * The editions of reviews and ratings whose series lists a commitment, newest first, each with its
 * value, series and whose word it is: outside assessments of practice, cited in a commitment's detail.
 */
export function ReviewAssessments({
  dataset,
  commitmentId,
  asOf,
  onOpenReview,
  headingId,
}: ReviewAssessmentsProps) {
  const assessments = useMemo(
    () => reviewsAssessing(dataset, commitmentId, asOf),
    [dataset, commitmentId, asOf],
  );
  return (
    <>
      <h3 id={headingId} className="mt-6 font-semibold">
        Reviews and ratings that assess it
      </h3>
      {assessments.length === 0 ? (
        <p className="mt-1 text-sm text-muted">
          No review or rating in the dataset lists this commitment.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            Their publishers’ assessments, newest first; each says whose word it is.
          </p>
          <ul aria-label="Reviews and ratings that assess it" className="mt-2 space-y-2 text-sm">
            {assessments.map((entry) => (
              <li key={entry.reviewId}>
                <button
                  type="button"
                  onClick={() => onOpenReview(entry.reviewId)}
                  className="min-h-6 text-left text-accent underline underline-offset-2"
                >
                  {entry.edition}
                </button>{' '}
                ({entry.dateLabel}):{' '}
                <span className="font-semibold">
                  <DataText>{entry.label}</DataText>
                </span>
                <span className="block text-muted">
                  <DataText>{entry.seriesName}</DataText>, <DataText>{entry.publisher}</DataText> ·
                  whose word: {entry.voiceLabel}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
