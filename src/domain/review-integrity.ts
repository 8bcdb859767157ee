import type { Dataset } from '@/domain/schema';
import type { DatasetProblem } from '@/domain/dataset-problem';
import {
  checkUniqueIds,
  isUnknown,
  reportUnknown,
  type IdSets,
  type Problems,
} from '@/domain/integrity-problems';

/**
 * The rules of the review series, reviews and contacts that their shape cannot express: ids unique
 * within each collection, every review's series exists, and every topic and commitment a series
 * names exists. An empty list when they hold (or when the dataset has none of these collections).
 */
export function checkReviewRules(
  dataset: Dataset,
  known: Pick<IdSets, 'topics' | 'commitments'>,
): DatasetProblem[] {
  const problems: Problems = [];
  const series = checkUniqueIds(problems, 'reviewSeries', dataset.reviewSeries ?? []);
  checkUniqueIds(problems, 'reviews', dataset.reviews ?? []);
  checkUniqueIds(problems, 'contacts', dataset.contacts ?? []);
  (dataset.reviewSeries ?? []).forEach((entry, s) => {
    entry.topics.forEach((topic, t) => {
      if (isUnknown(topic, known.topics))
        reportUnknown(problems, ['reviewSeries', s, 'topics', t], topic, 'topics');
    });
    entry.commitments.forEach((id, c) => {
      if (isUnknown(id, known.commitments))
        reportUnknown(problems, ['reviewSeries', s, 'commitments', c], id, 'commitments');
    });
  });
  (dataset.reviews ?? []).forEach((review, r) => {
    if (isUnknown(review.series, series))
      reportUnknown(problems, ['reviews', r, 'series'], review.series, 'reviewSeries');
  });
  return problems;
}
