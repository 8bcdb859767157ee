import type { Dataset } from '@/data/schema';
import type { DatasetProblem } from '@/data/dataset-problem';
import { formatJsonPath, type JsonPath } from '@/lib/json-path';

type Ids = ReadonlyMap<string, number>;

/**
 * The rules of the review series, reviews and contacts that their shape cannot express: ids unique
 * within each collection, every review's series exists, and every topic and commitment a series
 * names exists. An empty list when they hold (or when the dataset has none of these collections).
 */
export function checkReviewRules(
  dataset: Dataset,
  known: { topics: Ids; commitments: Ids },
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: JsonPath, message: string) =>
    problems.push({ path: formatJsonPath(path), message });
  const unique = (collection: 'reviewSeries' | 'reviews' | 'contacts') => {
    const seen = new Map<string, number>();
    (dataset[collection] ?? []).forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else
        report(
          [collection, index, 'id'],
          `duplicate id "${record.id}": ${collection}[${first}] already uses it; every id must be unique`,
        );
    });
    return seen;
  };
  const series = unique('reviewSeries');
  unique('reviews');
  unique('contacts');
  (dataset.reviewSeries ?? []).forEach((entry, s) => {
    entry.topics.forEach((topic, t) => {
      if (!known.topics.has(topic))
        report(
          ['reviewSeries', s, 'topics', t],
          `refers to topic "${topic}", which is not in topics`,
        );
    });
    entry.commitments.forEach((id, c) => {
      if (!known.commitments.has(id))
        report(
          ['reviewSeries', s, 'commitments', c],
          `refers to commitment "${id}", which is not in commitments`,
        );
    });
  });
  (dataset.reviews ?? []).forEach((review, r) => {
    if (!series.has(review.series))
      report(
        ['reviews', r, 'series'],
        `refers to review series "${review.series}", which is not in reviewSeries`,
      );
  });
  return problems;
}
