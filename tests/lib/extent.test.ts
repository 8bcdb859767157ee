import { maxOf, minOf } from '@/lib/extent';

describe('the extent of many values', () => {
  it('finds the smallest and largest value of the items', () => {
    const meetings = [{ year: 2023 }, { year: 2022 }, { year: 2025 }];
    expect(minOf(meetings, (meeting) => meeting.year)).toBe(2022);
    expect(maxOf(meetings, (meeting) => meeting.year)).toBe(2025);
  });

  it('gives Infinity and -Infinity for no items, so callers choose their own default', () => {
    expect(minOf([], Number)).toBe(Infinity);
    expect(maxOf([], Number)).toBe(-Infinity);
  });

  it('takes more values than a function call can pass as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, index) => index);
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(minOf(many, (value) => value)).toBe(0);
    expect(maxOf(many, (value) => value)).toBe(499_999);
  });
});
