// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: the plain-text form of `<bdi>`. HTML,
// SVG and canvas text all apply the Unicode bidi algorithm, which keeps an isolate's direction and any
// override inside it from reordering the words around it.
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATE_MARKS = /[\u2068\u2069]/g;

/**
 * A text from the data (label, name, title) wrapped for a sentence the app builds, so that a
 * right-to-left label or a stray override (U+202E) reorders only itself; empty stays empty.
 */
export function isolate(text: string): string {
  return text === '' ? '' : `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

/** `text` with every isolate mark removed, for files that hold data rather than sentences (JSON). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_MARKS, '');
}

/**
 * Lines wrapped from one text, each closing the isolates it opens and reopening those a previous
 * line left open, so a data value broken across lines stays isolated on each (every line is drawn as
 * its own paragraph). Lines without isolate marks are returned unchanged.
 */
export function balanceIsolates(lines: readonly string[]): string[] {
  let open = 0;
  return lines.map((line) => {
    const carried = open;
    for (const char of line) {
      if (char === FIRST_STRONG_ISOLATE) open += 1;
      else if (char === POP_DIRECTIONAL_ISOLATE && open > 0) open -= 1;
    }
    return `${FIRST_STRONG_ISOLATE.repeat(carried)}${line}${POP_DIRECTIONAL_ISOLATE.repeat(open)}`;
  });
}
