import { MAX_TEXT_CHARS } from '@/lib/bounded-text';

// Letters folded to a Latin base so that "Қазақстан", "Kazakhstan" and "Kazakstan" meet halfway:
// Kazakh Cyrillic letters map to their Russian look-alikes, then Cyrillic to Latin.
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  й: 'и',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Text folded for matching: lower case, diacritics and punctuation dropped, Cyrillic (including
 * Kazakh letters) transliterated, "ye"/"yo" at the start of a word read as "e"/"o" (Yerzhan = Erzhan),
 * runs of spaces collapsed. Pure; the empty string folds to itself.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .toLowerCase()
      // Marks go before normalising as well as after: the result is the same (every mark is
      // dropped), but NFD reorders a run of marks, which took 44 s for 120,000 marks on one letter.
      .replace(/\p{M}/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[әғқңөұүһіёй]/g, (letter) => KAZAKH_TO_RUSSIAN[letter] ?? letter)
      .replace(/[а-я]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/\b y(?=[eo])/g, ' ')
      .replace(/^y(?=[eo])/, '')
      .trim()
  );
}

/**
 * The fields folded one by one (foldForSearch) and joined by spaces, each cut to its first
 * MAX_TEXT_CHARS characters first: every field a valid file can hold is searched whole, and a longer
 * one from a file made without the limits costs no more than that. Empty fields are skipped.
 */
export function foldFieldsForSearch(fields: readonly string[]): string {
  return fields
    .map((field) => foldForSearch(field.slice(0, MAX_TEXT_CHARS)))
    .filter((folded) => folded !== '')
    .join(' ');
}

/** The query's folded words; empty when the query has none. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** True when every term occurs in the folded text (terms may match inside words); no terms → true. */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
