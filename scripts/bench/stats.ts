/** Count, median, smallest and largest of a sample. */
export type Spread = { n: number; median: number; min: number; max: number };

function sorted(values: readonly number[]): number[] {
  return values.toSorted((a, b) => a - b);
}

/** The median of the values (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  const upper = ordered[middle] ?? Number.NaN;
  return ordered.length % 2 === 1 ? upper : ((ordered[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p % of the sample at or below it, so it is always an observed value; NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const ordered = sorted(values);
  const rank = Math.ceil((p / 100) * ordered.length);
  return ordered[Math.max(rank, 1) - 1] ?? Number.NaN;
}

/** The count, median, minimum and maximum of the values; NaN statistics when empty. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) {
    return { n: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  }
  return {
    n: values.length,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** The index of the sample closest to the median (the first on ties); -1 when empty. */
export function indexOfMedian(values: readonly number[]): number {
  const target = median(values);
  let best = -1;
  values.forEach((value, index) => {
    const current = values[best];
    if (
      best === -1 ||
      (current !== undefined && Math.abs(value - target) < Math.abs(current - target))
    )
      best = index;
  });
  return best;
}
