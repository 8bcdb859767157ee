import { fitReviewAxis, formatReviewTick } from '@/features/reviews/review-axis';

describe(fitReviewAxis, () => {
  it.each([
    [
      'a flat score (Freedom in the World 23, 23)',
      [23, 23],
      'score',
      true,
      [20, 26],
      [20, 22, 24, 26],
    ],
    [
      'a score that moved by one (CPI 39, 40)',
      [39, 40],
      'score',
      true,
      [34, 44],
      [34, 36, 38, 40, 42, 44],
    ],
    [
      'a small decimal score (Nations in Transit 1.29)',
      [1.29],
      'score',
      true,
      [1.1, 1.5],
      [1.1, 1.2, 1.3, 1.4, 1.5],
    ],
    [
      'a rank of 180 (RSF 142, 141)',
      [142, 141],
      'rank',
      false,
      [120, 160],
      [120, 130, 140, 150, 160],
    ],
    ['one tier (TIP Tier 2)', [2, 2], 'tier', false, [1, 3], [1, 2, 3]],
  ] as const)(
    'fits %s to the data, not the whole scale',
    (_, values, measure, better, domain, ticks) => {
      const axis = fitReviewAxis(values, measure, better);
      expect(axis.domain).toEqual(domain);
      expect(axis.ticks).toEqual(ticks);
    },
  );

  it('keeps every value inside the domain, off its edges where the scale allows', () => {
    for (const values of [
      [3, 4],
      [20, 30],
      [0.5, 7],
      [99, 100],
      [-4, 2],
    ]) {
      const { domain } = fitReviewAxis(values, 'score', true);
      expect(domain[0]).toBeLessThan(Math.min(...values) + 1e-9);
      expect(domain[1]).toBeGreaterThan(Math.max(...values));
    }
    expect(fitReviewAxis([3, 4], 'rank', false).domain).toEqual([2, 5]);
  });

  it('never goes below 0 for positive scores nor below 1 for ranks and tiers', () => {
    expect(fitReviewAxis([0, 5], 'score', true).domain[0]).toBe(0);
    expect(fitReviewAxis([1], 'rank', false).domain[0]).toBe(1);
    expect(fitReviewAxis([1], 'tier', false).domain).toEqual([1, 2]);
  });

  it('uses whole-number ticks for ranks and tiers', () => {
    const axis = fitReviewAxis([2, 2.5], 'tier', false);
    expect(axis.ticks.every(Number.isInteger)).toBe(true);
  });

  it('reverses the axis when lower is better, and for tiers not ranked either way', () => {
    expect(fitReviewAxis([141], 'rank', false).reversed).toBe(true);
    expect(fitReviewAxis([2], 'tier', null).reversed).toBe(true);
    expect(fitReviewAxis([2], 'tier', true).reversed).toBe(false);
    expect(fitReviewAxis([141], 'rank', null).reversed).toBe(false);
    expect(fitReviewAxis([23], 'score', true).reversed).toBe(false);
    expect(fitReviewAxis([23], 'score', null).reversed).toBe(false);
  });

  it('gives a usable axis for zero and for no values', () => {
    expect(fitReviewAxis([0, 0], 'score', true).domain).toEqual([0, 0.5]);
    expect(fitReviewAxis([], 'score', true)).toEqual({
      domain: [0, 1],
      ticks: [0, 1],
      reversed: false,
    });
  });
});

describe(formatReviewTick, () => {
  it('names tiers and rounds numbers to two decimals', () => {
    expect(formatReviewTick(2, 'tier')).toBe('Tier 2');
    expect(formatReviewTick(1.2999999, 'score')).toBe('1.3');
    expect(formatReviewTick(140, 'rank')).toBe('140');
  });
});
