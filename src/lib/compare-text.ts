// The first localeCompare (or Intl.Collator) on a page loads the browser's collation data: about
// 20 ms on a fast laptop, four times that on a phone, in the middle of the app's start. Plain-ASCII
// labels sort the same way without it.

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Orders ASCII text as a person would read it: letters ignoring case (then lower case first, as
 * `localeCompare` does), spaces before punctuation before digits before letters. Compares in
 * place, without building keys: a sort of thousands of titles calls it tens of thousands of times.
 */
export function compareAscii(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let index = 0; index < shorter; index += 1) {
    const gap = rankOf(a.charCodeAt(index)) - rankOf(b.charCodeAt(index));
    if (gap !== 0) return gap;
  }
  if (a.length !== b.length) return a.length - b.length;
  // The same letters: the first that differs in case decides, lower case first.
  for (let index = 0; index < shorter; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

/**
 * A comparison for sorting `texts` (and only them): `compareAscii` when every one is plain ASCII,
 * `localeCompare` otherwise. One rule for the whole list keeps the sort consistent.
 */
export function textComparator(texts: Iterable<string>): (a: string, b: string) => number {
  for (const text of texts) if (!PLAIN_ASCII.test(text)) return (a, b) => a.localeCompare(b);
  return compareAscii;
}

// Ranks: space 1; punctuation and symbols 2–33 (in ASCII order); digits 50–59; letters 70–95.
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const RANKS = new Uint8Array(128).map((_, code) => {
  if (code === 0x20) return 1;
  if (code >= 0x30 && code <= 0x39) return 50 + code - 0x30;
  if (code >= 0x41 && code <= 0x5a) return 70 + code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return 70 + code - 0x61;
  const punctuation = PUNCTUATION.indexOf(String.fromCharCode(code));
  return punctuation === -1 ? 0 : 2 + punctuation;
});

function rankOf(code: number): number {
  return RANKS[code] ?? 0;
}
