/** A part of a longer text, and whether text was left out before and after it. */
export type Excerpt = { text: string; cutBefore: boolean; cutAfter: boolean };

export type ExcerptWindow = {
  /** Characters kept before the position, at most. */
  before: number;
  /** Characters kept in all, at most. */
  length: number;
};

const SPACE = /\s/;

const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** The first index ≥ `from` and < `limit` that starts a word after a space, or -1. */
function nextWordStart(text: string, from: number, limit: number): number {
  for (let at = from; at < limit; at += 1)
    if (SPACE.test(text[at - 1] ?? '') && !SPACE.test(text[at] ?? '')) return at;
  return -1;
}

/** The last index ≤ `to` and > `floor` that ends a word before a space, or -1. */
function previousWordEnd(text: string, to: number, floor: number): number {
  for (let at = to; at > floor; at -= 1)
    if (!SPACE.test(text[at - 1] ?? '') && SPACE.test(text[at] ?? '')) return at;
  return -1;
}

/**
 * The part of `text` around the character index `at`: at most `before` characters before it and
 * `length` in all, moved back from the end so that a position near the end still gets the whole
 * window, and narrowed to whole words where a space allows (a text without spaces is cut where the
 * window ends, never inside a surrogate pair). A text that fits is returned whole.
 */
export function excerptAround(text: string, at: number, window: ExcerptWindow): Excerpt {
  if (text.length <= window.length) return { text, cutBefore: false, cutAfter: false };
  const position = Math.min(Math.max(at, 0), text.length);
  let start = Math.max(0, Math.min(position - window.before, text.length - window.length));
  let end = Math.min(text.length, start + window.length);
  if (start > 0 && !(SPACE.test(text[start - 1] ?? '') && !SPACE.test(text[start] ?? ''))) {
    const word = nextWordStart(text, start, position + 1);
    if (word !== -1) start = word;
    else if (isLowSurrogate(text, start)) start += 1;
  }
  if (end < text.length && !(SPACE.test(text[end] ?? '') && !SPACE.test(text[end - 1] ?? ''))) {
    const word = previousWordEnd(text, end, position);
    if (word !== -1) end = word;
    else if (isLowSurrogate(text, end)) end -= 1;
  }
  return {
    text: text.slice(start, end).trim(),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
