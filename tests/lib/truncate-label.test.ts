import { truncateLabel } from '@/lib/truncate-label';

describe(truncateLabel, () => {
  it.each([
    ['Short', 10, 'Short'],
    ['Exactly10!', 10, 'Exactly10!'],
    ['A label that is far too long', 10, 'A label t…'],
    ['A label   spaced', 10, 'A label…'],
    ['', 5, ''],
  ])('cuts %j to %i characters', (label, max, expected) => {
    expect(truncateLabel(label, max)).toBe(expected);
  });
});
