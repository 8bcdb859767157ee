/** The language the app's own text is written in. */
export const INTERFACE_LANGUAGE = 'en';

/** Whether a BCP 47 tag is the interface's language, in any regional form ("en", "en-GB"). */
export function isInterfaceLanguage(tag: string): boolean {
  const primary = tag.split('-', 1)[0] ?? '';
  return primary.toLowerCase() === INTERFACE_LANGUAGE;
}

/**
 * The quotes in the interface's language first, then the others, each group in its given order
 * (a stable partition); the same array when nothing moves. A quote whose language is unknown
 * (`languageOf` gives undefined) counts as another language.
 */
export function orderInterfaceLanguageFirst<T extends { source: string }>(
  quotes: readonly T[],
  languageOf: (sourceId: string) => string | undefined,
): readonly T[] {
  const inInterface = (quote: T) => {
    const tag = languageOf(quote.source);
    return tag !== undefined && isInterfaceLanguage(tag);
  };
  const first = quotes.filter(inInterface);
  const rest = quotes.filter((quote) => !inInterface(quote));
  const ordered = [...first, ...rest];
  return ordered.every((quote, index) => quote === quotes[index]) ? quotes : ordered;
}
