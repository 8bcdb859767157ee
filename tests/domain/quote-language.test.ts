import { isInterfaceLanguage, orderInterfaceLanguageFirst } from '@/domain/quote-language';

describe(isInterfaceLanguage, () => {
  it.each([
    ['en', true],
    ['en-GB', true],
    ['EN-us', true],
    ['ru', false],
    ['kk', false],
    ['ar', false],
    ['', false],
    ['eng', false],
  ])('%s → %s', (tag, expected) => {
    expect(isInterfaceLanguage(tag)).toBe(expected);
  });
});

describe(orderInterfaceLanguageFirst, () => {
  const languages: Record<string, string> = { a: 'ar', e: 'en', g: 'en-GB', r: 'ru' };
  const languageOf = (source: string) => languages[source];
  const quote = (source: string, text: string) => ({ source, quote: text });

  it('puts English quotes before the others, keeping each group’s order', () => {
    const arabic = quote('a', 'arabic');
    const english = quote('e', 'english');
    const russian = quote('r', 'russian');
    const british = quote('g', 'british');
    expect(orderInterfaceLanguageFirst([arabic, english, russian, british], languageOf)).toEqual([
      english,
      british,
      arabic,
      russian,
    ]);
  });

  it('returns the same array when the English quotes already lead', () => {
    const quotes = [quote('e', 'one'), quote('e', 'two'), quote('r', 'three')];
    expect(orderInterfaceLanguageFirst(quotes, languageOf)).toBe(quotes);
  });

  it('leaves quotes all in one language, a single quote and an empty list as they are', () => {
    const russian = [quote('r', 'one'), quote('a', 'two')];
    expect(orderInterfaceLanguageFirst(russian, languageOf)).toBe(russian);
    const single = [quote('a', 'only')];
    expect(orderInterfaceLanguageFirst(single, languageOf)).toBe(single);
    expect(orderInterfaceLanguageFirst([], languageOf)).toEqual([]);
  });

  it('counts a quote from an unknown source as another language', () => {
    const unknown = quote('missing', 'unknown');
    const english = quote('e', 'english');
    expect(orderInterfaceLanguageFirst([unknown, english], languageOf)).toEqual([english, unknown]);
  });
});
