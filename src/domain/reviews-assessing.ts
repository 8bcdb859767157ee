import { VOICE_LABELS } from '@/domain/labels';
import type { Dataset, Voice } from '@/domain/schema';
import { datedBy } from '@/domain/as-of';
import { compareByMiddle, formatPartialDate } from '@/lib/dates';

/** One edition of a review or rating, as a commitment's detail cites it. */
export type ReviewAssessment = {
  reviewId: string;
  seriesId: string;
  seriesName: string;
  publisher: string;
  edition: string;
  /** The edition's date as the data gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  dateValue: string;
  /** The date in words at its precision ("February 2025", "c. 2024"). */
  dateLabel: string;
  /** The value in words, as the source gives it ("23/100, Not Free"). */
  label: string;
  /** The series' scale in words ("0–100; higher is freer"). */
  scale: string;
  voice: Voice;
  voiceLabel: string;
};

/**
 * The editions of every review series that lists `commitmentId` among the commitments it assesses,
 * published by the end of `asOf` (`YYYY-MM-DD`, inclusive; a year or month counts from its first
 * day; '' for no cut-off), newest first (same date: by series name); empty when no series lists it.
 */
export function reviewsAssessing(
  dataset: Pick<Dataset, 'reviewSeries' | 'reviews'>,
  commitmentId: string,
  asOf: string,
): ReviewAssessment[] {
  const series = new Map(
    (dataset.reviewSeries ?? [])
      .filter((entry) => entry.commitments.includes(commitmentId))
      .map((entry) => [entry.id, entry]),
  );
  if (series.size === 0) return [];
  return (dataset.reviews ?? [])
    .flatMap((review): ReviewAssessment[] => {
      const owner = series.get(review.series);
      if (!owner || !datedBy(review.date.value, asOf)) return [];
      return [
        {
          reviewId: review.id,
          seriesId: owner.id,
          seriesName: owner.name,
          publisher: owner.publisher,
          edition: review.edition,
          dateValue: review.date.value,
          dateLabel: formatPartialDate(review.date.value, review.date.uncertain),
          label: review.label,
          scale: owner.scale,
          voice: owner.voice,
          voiceLabel: VOICE_LABELS[owner.voice],
        },
      ];
    })
    .sort(
      (a, b) =>
        compareByMiddle(b.dateValue, a.dateValue) ||
        (a.seriesName < b.seriesName ? -1 : a.seriesName > b.seriesName ? 1 : 0),
    );
}
