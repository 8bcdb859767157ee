import { groupBy } from '@/lib/group-by';

describe(groupBy, () => {
  it('groups in first-seen order and keeps the items in order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (text) => text[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('gives no groups for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
