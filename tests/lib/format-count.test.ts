import { formatCount } from '@/lib/format-count';

describe(formatCount, () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [5400, '5,400'],
    [1234567, '1,234,567'],
    [-12000, '-12,000'],
    [2.5, '2.5'],
  ])('%d → %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('groups whole counts as English toLocaleString does', () => {
    for (const count of [7, 10_000, 99_999, 100_001, 12_345_678])
      expect(formatCount(count)).toBe(count.toLocaleString('en-GB'));
  });
});
