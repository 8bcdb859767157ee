import { limitChartRows } from '@/lib/chart-limit';

describe(limitChartRows, () => {
  it('keeps every row and says nothing when they fit', () => {
    const rows = ['a', 'b'];
    expect(limitChartRows(rows, 2, 'most raised', 'topics')).toEqual({ shown: rows, note: '' });
  });

  it('keeps the first rows in order and says what was left out', () => {
    const rows = Array.from({ length: 2100 }, (_, index) => index);
    const limited = limitChartRows(rows, 30, 'most raised', 'topics');
    expect(limited.shown).toEqual(rows.slice(0, 30));
    expect(limited.note).toBe(
      'The chart draws the 30 most raised of 2,100 topics; the table and the CSV list them all.',
    );
  });

  it('keeps the last rows when asked, still in order', () => {
    const limited = limitChartRows([1, 2, 3, 4], 2, 'latest', 'meetings', 'last');
    expect(limited.shown).toEqual([3, 4]);
    expect(limited.note).toBe(
      'The chart draws the 2 latest of 4 meetings; the table and the CSV list them all.',
    );
  });
});
