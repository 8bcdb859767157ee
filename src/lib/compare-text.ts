// The first localeCompare (or Intl.Collator) on a page loads the browser's collation data: about
// 20 ms on a fast laptop, four times that on a phone, in the middle of the app's start. Text made
// of ASCII and the usual typographic punctuation (dashes, curly quotes) sorts the same way without it.

/**
 * Spaces, punctuation and symbols in the order the Unicode collation algorithm's default table
 * (what localeCompare uses) puts them: not ASCII order ("_" comes before "-"). Digits, then letters
 * follow. Curly quotes rank with their straight quote and differ only at the second level (below).
 * A test checks all of this against localeCompare.
 */
const PUNCTUATION_IN_COLLATION_ORDER = ' _-–—,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

/** Second-level weights: a curly quote sorts after its straight quote, left before right. */
const QUOTE_VARIANTS = new Map([
  [0x2018, 1],
  [0x2019, 2],
  [0x201c, 1],
  [0x201d, 2],
]);

const BASIC_TEXT = /^[\x20-\x7e–—‘’“”]*$/;

const ranks = new Map<number, number>();
[...PUNCTUATION_IN_COLLATION_ORDER].forEach((char, index) =>
  ranks.set(char.charCodeAt(0), index + 1),
);
const DIGITS_FROM = PUNCTUATION_IN_COLLATION_ORDER.length + 1;
for (let digit = 0; digit <= 9; digit += 1) ranks.set(0x30 + digit, DIGITS_FROM + digit);
const LETTERS_FROM = DIGITS_FROM + 10;
for (let letter = 0; letter < 26; letter += 1) {
  ranks.set(0x41 + letter, LETTERS_FROM + letter);
  ranks.set(0x61 + letter, LETTERS_FROM + letter);
}
ranks.set(0x2018, ranks.get(0x27) ?? 0);
ranks.set(0x2019, ranks.get(0x27) ?? 0);
ranks.set(0x201c, ranks.get(0x22) ?? 0);
ranks.set(0x201d, ranks.get(0x22) ?? 0);
/** Ranks of ASCII characters by code, for the comparison's inner loop; others come from `ranks`. */
const ASCII_RANKS = Uint8Array.from({ length: 128 }, (_, code) => ranks.get(code) ?? 0);

function rankOf(code: number): number {
  return code < 128 ? (ASCII_RANKS[code] ?? 0) : (ranks.get(code) ?? 0);
}

/**
 * Orders basic text (ASCII and typographic punctuation) as a person would read it, and as
 * localeCompare does: letters ignoring case and quotes ignoring their shape, spaces before
 * punctuation before digits before letters; then the first quote of another shape decides
 * (straight first), then the first letter of another case (lower case first). Compares in place,
 * without building keys: a sort of thousands of titles calls it tens of thousands of times.
 */
export function compareBasicText(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let index = 0; index < shorter; index += 1) {
    const gap = rankOf(a.charCodeAt(index)) - rankOf(b.charCodeAt(index));
    if (gap !== 0) return gap;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let index = 0; index < shorter; index += 1) {
    const gap =
      (QUOTE_VARIANTS.get(a.charCodeAt(index)) ?? 0) -
      (QUOTE_VARIANTS.get(b.charCodeAt(index)) ?? 0);
    if (gap !== 0) return gap;
  }
  // The same letters and quotes: the first letter that differs in case decides, lower case first.
  for (let index = 0; index < shorter; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/** Whether every text is basic text, which `compareBasicText` orders as localeCompare would. */
export function allBasicText(texts: Iterable<string>): boolean {
  for (const text of texts) if (!BASIC_TEXT.test(text)) return false;
  return true;
}

/**
 * The key character of each ASCII code: letters in lower case, digits as they are, each space,
 * punctuation mark or symbol as a control character in collation order (all below the digits).
 */
const ASCII_KEY_CODES = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code >= 0x30 && code <= 0x39) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0x61 && code <= 0x7a) return code;
  // Ranks of spaces and punctuation run from 1 to 35, below the digits' code 0x30.
  return rankOf(code) || code;
});

/** The key code of a character of basic text: the dashes and curly quotes take their rank. */
function keyCodeOf(code: number): number {
  return code < 128 ? (ASCII_KEY_CODES[code] ?? code) : rankOf(code) || code;
}

/** Characters turned into key codes at a time: `String.fromCharCode(...codes)` takes one argument each. */
const KEY_CHUNK = 4096;

/**
 * Basic text as a key whose plain (code unit) order is compareBasicText's first level: letters in
 * lower case, digits as they are, punctuation as control characters below the digits.
 */
export function basicSortKey(text: string): string {
  // A loop over the codes: String#replace with a function per punctuation mark took as long on
  // first use (about 30 ms for 5,400 titles) and twice as long once optimised.
  let key = '';
  for (let start = 0; start < text.length; start += KEY_CHUNK) {
    const end = Math.min(text.length, start + KEY_CHUNK);
    const codes = new Array<number>(end - start);
    for (let index = start; index < end; index += 1) {
      codes[index - start] = keyCodeOf(text.charCodeAt(index));
    }
    key += String.fromCharCode(...codes);
  }
  return key;
}

/**
 * A comparison for sorting `texts` (and only them): compareBasicText's order when every one is
 * basic text, `localeCompare` otherwise. One rule for the whole list keeps the sort consistent.
 * Basic text is compared by keys built once per text, and by compareBasicText only where two keys
 * tie: a hand-written loop per comparison is slow until the engine has optimised it, which for a
 * sort that runs once as the page opens is never.
 */
export function textComparator(texts: Iterable<string>): (a: string, b: string) => number {
  const keys = new Map<string, string>();
  for (const text of texts) {
    if (!BASIC_TEXT.test(text)) return (a, b) => a.localeCompare(b);
    if (!keys.has(text)) keys.set(text, basicSortKey(text));
  }
  return (a, b) => {
    const keyA = keys.get(a) ?? basicSortKey(a);
    const keyB = keys.get(b) ?? basicSortKey(b);
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    return compareBasicText(a, b);
  };
}

/**
 * `items` ordered by `rankOf` (lowest first; all equal when omitted), then by their text in
 * textComparator's order, then as given. With basic text and whole-number ranks the engine sorts
 * one key string per item (rank, text key, position) by its own string order: no comparison
 * function is called tens of thousands of times, which is slow before the engine has optimised
 * it. Only items whose text keys tie go through compareBasicText.
 */
export function sortByText<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  rankOf: (item: T) => number = () => 0,
): T[] {
  const texts = items.map(textOf);
  const ranks = items.map(rankOf);
  if (!allBasicText(texts) || !ranks.every(Number.isSafeInteger)) {
    const compare = textComparator(texts);
    const order = items.map((_, index) => index);
    order.sort(
      (a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || compare(texts[a] ?? '', texts[b] ?? ''),
    );
    return order.map((index) => items[index] as T);
  }
  let lowest = 0;
  let highest = 0;
  for (const rank of ranks) {
    lowest = Math.min(lowest, rank);
    highest = Math.max(highest, rank);
  }
  const width = String(highest - lowest).length;
  const keys = texts.map(
    (text, index) =>
      `${String((ranks[index] ?? 0) - lowest).padStart(width, '0')}\u0000${basicSortKey(text)}`,
  );
  const positionWidth = String(items.length).length;
  const order = keys
    .map((key, index) => `${key}\u0000${String(index).padStart(positionWidth, '0')}`)
    .sort()
    .map((entry) => Number(entry.slice(entry.lastIndexOf('\u0000') + 1)));
  // Keys that tie differ only in case or quote shape, which compareBasicText's later levels decide.
  for (let start = 0; start < order.length;) {
    const key = keys[order[start] ?? 0];
    let end = start + 1;
    while (end < order.length && keys[order[end] ?? 0] === key) end += 1;
    if (end - start > 1) {
      const run = order
        .slice(start, end)
        .sort((a, b) => compareBasicText(texts[a] ?? '', texts[b] ?? '') || a - b);
      order.splice(start, run.length, ...run);
    }
    start = end;
  }
  return order.map((index) => items[index] as T);
}
