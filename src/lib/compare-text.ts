// The first localeCompare (or Intl.Collator) on a page loads the browser's collation data: about
// 20 ms on a fast laptop, four times that on a phone, in the middle of the app's start. Plain-ASCII
// labels sort the same way without it.

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Orders ASCII text as a person would read it: letters ignoring case (then lower case first, as
 * `localeCompare` does), spaces before punctuation before digits before letters.
 */
export function compareAscii(a: string, b: string): number {
  const folded = compareCodes(foldKey(a), foldKey(b));
  if (folded !== 0) return folded;
  // Same letters: lower case first, as localeCompare puts "a" before "A".
  return compareCodes(invertCase(a), invertCase(b));
}

/**
 * A comparison for sorting `texts` (and only them): `compareAscii` when every one is plain ASCII,
 * `localeCompare` otherwise. One rule for the whole list keeps the sort consistent.
 */
export function textComparator(texts: Iterable<string>): (a: string, b: string) => number {
  for (const text of texts) if (!PLAIN_ASCII.test(text)) return (a, b) => a.localeCompare(b);
  return compareAscii;
}

function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Letters lower-cased; space, then punctuation and symbols, then digits, then letters. */
function foldKey(text: string): string {
  let key = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    key += String.fromCharCode(rank(code));
  }
  return key;
}

// Ranks: space 1; punctuation and symbols 2–40 (in ASCII order); digits 50–59; letters 70–95.
function rank(code: number): number {
  if (code === 0x20) return 1;
  if (code >= 0x30 && code <= 0x39) return 50 + code - 0x30;
  if (code >= 0x41 && code <= 0x5a) return 70 + code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return 70 + code - 0x61;
  return 2 + PUNCTUATION.indexOf(String.fromCharCode(code));
}

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function invertCase(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += char === lower ? char.toUpperCase() : lower;
  }
  return out;
}
