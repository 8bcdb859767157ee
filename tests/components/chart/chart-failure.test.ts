import { describeChartFailure } from '@/components/chart/chart-failure';

describe(describeChartFailure, () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://x.test/assets/chart.js'],
    ['Firefox', 'error loading dynamically imported module: https://x.test/assets/chart.js'],
    ['Safari', 'Importing a module script failed.'],
  ])('reads %s’s failed module load as a lost connection', (_, message) => {
    expect(describeChartFailure(new TypeError(message))).toMatch(
      /^The chart could not be loaded: the connection seems to be down\./,
    );
  });

  it('names any other error, and still points to the table', () => {
    expect(describeChartFailure(new Error('no scale'))).toBe(
      'The chart could not be drawn (no scale). Its figures are in the table below.',
    );
    expect(describeChartFailure('plain text')).toContain('(plain text)');
  });
});
