import { indexOfMedian, median, percentile, spread } from '../../../scripts/bench/stats';

describe(median, () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 10, 1000], 10],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe(percentile, () => {
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);

  it('uses the nearest rank, so the result is always an observed value', () => {
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile([8, 16, 24, 40], 95)).toBe(40);
  });

  it('gives the single value for a sample of one', () => {
    expect(percentile([42], 50)).toBe(42);
    expect(percentile([42], 95)).toBe(42);
  });

  it('gives the smallest value for a tiny p', () => {
    expect(percentile([3, 2, 1], 0.1)).toBe(1);
  });

  it('is NaN for no values and rejects p outside (0, 100]', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe(spread, () => {
  it('gives count, median, min and max', () => {
    expect(spread([3, 9, 1])).toEqual({ n: 3, median: 3, min: 1, max: 9 });
  });

  it('gives NaN statistics for no values', () => {
    const empty = spread([]);
    expect(empty.n).toBe(0);
    expect(empty.median).toBeNaN();
    expect(empty.min).toBeNaN();
  });
});

describe(indexOfMedian, () => {
  it('finds the run closest to the median (the first on ties)', () => {
    expect(indexOfMedian([90, 70, 80, 100, 60])).toBe(2);
    expect(indexOfMedian([1, 2, 3, 4])).toBe(1);
  });

  it('is -1 for no values', () => {
    expect(indexOfMedian([])).toBe(-1);
  });
});
