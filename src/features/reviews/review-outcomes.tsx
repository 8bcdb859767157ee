import type { ReviewSeriesView } from '@/features/reviews/reviews-series';
import { DataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

export type ReviewOutcomesProps = {
  series: readonly ReviewSeriesView[];
  onOpen: (reviewId: string) => void;
};

/** Reviews whose outcome is in words (the UPR, treaty bodies): each series with its dated editions. */
export function ReviewOutcomes({ series, onOpen }: ReviewOutcomesProps) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <h3 className="font-semibold">Reviews with an outcome in words</h3>
      <p className="mt-1 text-sm text-muted">
        Not charted: their outcomes are not points on a scale. Each edition, oldest first.
      </p>
      <ul className="mt-3 space-y-4">
        {series.map((entry) => (
          <li key={entry.id}>
            <h4 className="font-medium">{entry.name}</h4>
            <p className="text-sm">
              <span className="text-muted">
                <DataText>{entry.publisher}</DataText> · whose word:{' '}
              </span>
              <span className="font-semibold">{entry.voiceLabel}</span>
            </p>
            <p className="mt-1 text-sm">{entry.description}</p>
            <ol
              aria-label={`Editions of ${isolate(entry.name)}`}
              className="mt-2 space-y-1 text-sm"
            >
              {entry.points.map((point) => (
                <li key={point.reviewId} className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
                  <span className="text-muted">{point.dateLabel}</span>
                  <span>
                    <button
                      type="button"
                      onClick={() => onOpen(point.reviewId)}
                      className="min-h-6 text-left text-accent underline underline-offset-2"
                    >
                      {point.edition}
                    </button>
                    : <DataText>{point.label}</DataText>
                    {point.covers && (
                      <span className="text-muted">
                        {' '}
                        (covers <DataText>{point.covers}</DataText>)
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
