import { describePublished } from '@/features/sources/source-labels';

describe(describePublished, () => {
  it.each([
    [null, 'date not shown'],
    [{ value: '2024-05-20', precision: 'day', uncertain: false }, '20 May 2024'],
    [{ value: '2024-05', precision: 'month', uncertain: true }, 'May 2024 (uncertain)'],
    [{ value: '2024', precision: 'year', uncertain: false }, '2024'],
  ] as const)('%j → %s', (published, text) => {
    expect(describePublished(published)).toBe(text);
  });
});
