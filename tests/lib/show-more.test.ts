import { planShowMore, SHOW_ALL_LIMIT } from '@/lib/show-more';

const noun = { one: 'source', other: 'sources' };

describe(planShowMore, () => {
  it('offers one more page, says how many are not shown, and offers all when the rest is small', () => {
    expect(planShowMore({ total: 54, shown: 15, pageSize: 15, noun })).toEqual({
      shown: 15,
      remaining: 39,
      next: 30,
      moreLabel: 'Show 15 more sources (39 not shown)',
      allLabel: 'Show all 54 sources',
      status: 'Showing 15 of 54 sources',
    });
  });

  it('steps a page at a time', () => {
    const counts = [15];
    while (counts.at(-1)! < 54)
      counts.push(planShowMore({ total: 54, shown: counts.at(-1)!, pageSize: 15, noun }).next);
    expect(counts).toEqual([15, 30, 45, 54]);
  });

  it('shows the last, short page without a second count or "Show all"', () => {
    expect(planShowMore({ total: 54, shown: 45, pageSize: 15, noun })).toMatchObject({
      remaining: 9,
      next: 54,
      moreLabel: 'Show 9 more sources',
      allLabel: '',
      status: 'Showing 45 of 54 sources',
    });
  });

  it('uses the singular for one', () => {
    expect(planShowMore({ total: 16, shown: 15, pageSize: 15, noun })).toMatchObject({
      moreLabel: 'Show 1 more source',
      status: 'Showing 15 of 16 sources',
    });
    expect(planShowMore({ total: 1, shown: 15, pageSize: 15, noun }).status).toBe(
      'Showing 1 source',
    );
  });

  it('says so when everything is shown, and offers nothing more', () => {
    expect(planShowMore({ total: 54, shown: 54, pageSize: 15, noun })).toEqual({
      shown: 54,
      remaining: 0,
      next: 54,
      moreLabel: '',
      allLabel: '',
      status: 'Showing all 54 sources',
    });
  });

  it('handles an empty list', () => {
    expect(planShowMore({ total: 0, shown: 15, pageSize: 15, noun })).toEqual({
      shown: 0,
      remaining: 0,
      next: 0,
      moreLabel: '',
      allLabel: '',
      status: 'No sources',
    });
  });

  it('clamps a count outside the list', () => {
    expect(planShowMore({ total: 20, shown: 99, pageSize: 15, noun })).toMatchObject({
      shown: 20,
      remaining: 0,
      next: 20,
    });
    expect(planShowMore({ total: 20, shown: -3, pageSize: 15, noun })).toMatchObject({
      shown: 0,
      next: 15,
    });
  });

  it('offers "Show all" up to the limit of what is not shown, inclusive, and not past it', () => {
    const at = planShowMore({ total: SHOW_ALL_LIMIT + 15, shown: 15, pageSize: 15, noun });
    expect(at.remaining).toBe(SHOW_ALL_LIMIT);
    expect(at.allLabel).toBe('Show all 515 sources');

    const past = planShowMore({ total: 5400, shown: 15, pageSize: 15, noun });
    expect(past.allLabel).toBe('');
    expect(past.moreLabel).toBe('Show 15 more sources (5,385 not shown)');
    expect(past.status).toBe('Showing 15 of 5,400 sources');

    expect(
      planShowMore({ total: 30, shown: 10, pageSize: 10, noun, showAllLimit: 19 }).allLabel,
    ).toBe('');
  });

  it('treats a page size below one as one', () => {
    expect(planShowMore({ total: 3, shown: 0, pageSize: 0, noun }).next).toBe(1);
  });
});
