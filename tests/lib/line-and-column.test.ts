import { lineAndColumn } from '@/lib/line-and-column';

describe(lineAndColumn, () => {
  it.each([
    ['', 0, 1, 1],
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 4, 2, 2],
    ['a\n\n\nb', 4, 4, 1],
    ['ab\ncd', 99, 2, 3],
  ])('places offset %#', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});
