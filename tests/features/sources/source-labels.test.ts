import { describePublished, languageName } from '@/features/sources/source-labels';

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

describe(languageName, () => {
  it.each([
    ['en', 'English'],
    ['ru', 'Russian'],
    ['kk', 'Kazakh'],
    ['not a tag!', 'not a tag!'],
  ])('%s → %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});
