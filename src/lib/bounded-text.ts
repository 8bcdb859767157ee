import { cutText } from '@/lib/visible-text';

/**
 * The most characters of one text the page shows and searches: the longest text the schema lets
 * a field hold (quotes, summaries, notes). Only a file made without those limits has longer ones;
 * a 262,144-letter title took 22–53 s to lay out, and 10,000 letters take milliseconds.
 */
export const MAX_TEXT_CHARS = 10_000;

/**
 * The most characters of a one-line text (a name, a title, a label) the page shows in a line of
 * running text: the longest the schema allows them. Longer ones are cut, their whole text in a tooltip.
 */
export const MAX_LINE_CHARS = 500;

/**
 * The most combining marks kept in a row: Unicode's Stream-Safe Text Format (UAX #15) allows 30,
 * more than any script stacks on one letter. 120,000 marks on one letter blocked the page for
 * 25–61 s (normalising and laying them out); 30 cost nothing.
 */
export const MAX_COMBINING_RUN = 30;

const LONG_MARK_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_RUN + 1},}`, 'gu');

/** `text` with every run of more than MAX_COMBINING_RUN combining marks cut to its first 30. */
export function limitCombiningMarks(text: string): string {
  if (text.length <= MAX_COMBINING_RUN) return text;
  return text.replace(LONG_MARK_RUN, (run) => Array.from(run).slice(0, MAX_COMBINING_RUN).join(''));
}

/**
 * A text as the page shows it: runs of combining marks cut to 30, then at most MAX_TEXT_CHARS
 * characters, a longer one ending in `… (262,144 characters)`. Equal texts stay equal, so an id
 * cut this way still matches every reference to it.
 */
export function boundText(text: string): string {
  return cutText(limitCombiningMarks(text), MAX_TEXT_CHARS);
}

/** A copy of a JSON value (objects, arrays, strings…) with every string passed through boundText. */
export function boundTexts<T>(value: T): T {
  if (typeof value === 'string') return boundText(value) as T;
  if (Array.isArray(value)) return value.map(boundTexts) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = boundTexts(item);
  return copy as T;
}
