// Building an Intl.DisplayNames costs far more than a lookup, and a page asks for a few tags
// hundreds of times.
let displayNames: Intl.DisplayNames | undefined;
// Creating Intl.DisplayNames loads the browser's locale data (about 25 ms on a laptop, four times
// that on a phone) while the app starts; the languages our sources use are named here instead.
// A test checks each name against Intl.DisplayNames.
export const COMMON_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  ru: 'Russian',
  kk: 'Kazakh',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  tr: 'Turkish',
  uz: 'Uzbek',
  ky: 'Kyrgyz',
  zh: 'Chinese',
  it: 'Italian',
  ar: 'Arabic',
  fa: 'Persian',
  ja: 'Japanese',
  ko: 'Korean',
  pl: 'Polish',
  uk: 'Ukrainian',
};
const languageNames = new Map<string, string>(Object.entries(COMMON_LANGUAGE_NAMES));

/** The English name of a language tag ("ru" → "Russian"), or the tag itself when none is known. */
export function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name === undefined) {
    try {
      displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
      name = displayNames.of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(tag, name);
  }
  return name;
}
