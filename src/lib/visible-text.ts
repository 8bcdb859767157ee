import { formatCount } from '@/lib/format-count';

// Control, format (bidi overrides, zero-width joiners…), line/paragraph separators and the other
// default-ignorable code points: none of them shows as itself, and some reorder what follows.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}]/gu;

/** Every invisible or reordering character written as an escape (`\u202E`), so a message shows it. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.codePointAt(0)!;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/**
 * At most `max` characters of `text`; a longer text is cut (never inside a surrogate pair) and says
 * how long it was: `abc… (1,048,576 characters)`.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, Math.floor(max));
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${formatCount(text.length)} characters)`;
}

/** A value from data as a problem message quotes it: cut to `max` characters, invisibles escaped. */
export function quoteFromData(text: string, max = 80): string {
  return `"${showInvisible(cutText(text, max))}"`;
}

/** True when nothing would show: only spaces, control, format and other invisible characters. */
export function isBlankText(text: string): boolean {
  return text.replace(INVISIBLE_OR_SPACE, '') === '';
}
