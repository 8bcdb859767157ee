import { VOICE_LABELS } from '@/domain/labels';
import { describeDirection } from '@/domain/review-labels';
import type { Dataset, Review, ReviewSeries } from '@/domain/schema';
import { compareByMiddle, formatPartialDate } from '@/lib/dates';

/** One edition of a series, as the detail's "Other editions" lists it. */
export type ReviewEditionEntry = {
  id: string;
  edition: string;
  dateLabel: string;
  label: string;
  current: boolean;
};

/** What a review's detail shows beside the record itself. */
export type ReviewDetailModel = {
  review: Review;
  series: ReviewSeries | null;
  voiceLabel: string | null;
  direction: string | null;
  /** Every edition of the series in the view (the open one marked), oldest first. */
  editions: ReviewEditionEntry[];
  /** The commitments the series assesses that are in the view, in the series' order. */
  commitments: { id: string; title: string }[];
  topics: { id: string; label: string }[];
};

/**
 * The review `id` with its series, whose word it is, its direction in words, the series' editions
 * (oldest first, the open one marked), and the commitments and topics it bears on that the dataset
 * holds; null when no review has that id.
 */
export function describeReview(dataset: Dataset, id: string): ReviewDetailModel | null {
  const review = (dataset.reviews ?? []).find((entry) => entry.id === id);
  if (!review) return null;
  const series = (dataset.reviewSeries ?? []).find((entry) => entry.id === review.series) ?? null;
  const editions = (dataset.reviews ?? [])
    .filter((entry) => entry.series === review.series)
    .toSorted((a, b) => compareByMiddle(a.date.value, b.date.value))
    .map((entry) => ({
      id: entry.id,
      edition: entry.edition,
      dateLabel: formatPartialDate(entry.date.value, entry.date.uncertain),
      label: entry.label,
      current: entry.id === review.id,
    }));
  const commitmentById = new Map(dataset.commitments.map((c) => [c.id, c]));
  const topicById = new Map(dataset.topics.map((topic) => [topic.id, topic]));
  return {
    review,
    series,
    voiceLabel: series ? VOICE_LABELS[series.voice] : null,
    direction: series ? describeDirection(series.higherIsBetter) : null,
    editions,
    commitments: (series?.commitments ?? []).flatMap((commitmentId) => {
      const commitment = commitmentById.get(commitmentId);
      return commitment ? [{ id: commitment.id, title: commitment.title }] : [];
    }),
    topics: (series?.topics ?? []).flatMap((topicId) => {
      const topic = topicById.get(topicId);
      return topic ? [{ id: topic.id, label: topic.label }] : [];
    }),
  };
}
