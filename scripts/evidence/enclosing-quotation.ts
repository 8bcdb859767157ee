// Research files quote pages between straight double quotes, one or more per line; a quotation may
// hold quotes of its own (`"… CSOs as "foreign agents"."`). A `"` opens a quotation when it follows
// the line start, white space or an opening mark and precedes a character; it closes one when it
// follows a character and precedes the line end, white space or punctuation. Counting the marks
// keeps an inner pair inside its quotation.
const BEFORE_OPENING = /[\s([/—–:;,]/;
const AFTER_CLOSING = /[\s)\]/.,;:!?—–]/;

function opensAt(line: string, index: number): boolean {
  const before = line[index - 1];
  const after = line[index + 1];
  return (
    (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && after !== ' '
  );
}

function closesAt(line: string, index: number): boolean {
  const before = line[index - 1];
  const after = line[index + 1];
  return (
    (after === undefined || AFTER_CLOSING.test(after)) && before !== undefined && before !== ' '
  );
}

function marksBetween(line: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (line[index] === '"') count += 1;
  return count;
}

/**
 * The span of the quotation (between its marks) holding `line[start, end)`, or that range itself
 * when it stands in no quotation; indexes are into `line`.
 */
export function enclosingQuotation(
  line: string,
  start: number,
  end: number,
): { start: number; end: number } {
  for (
    let open = line.lastIndexOf('"', start - 1);
    open >= 0;
    open = line.lastIndexOf('"', open - 1)
  ) {
    if (!opensAt(line, open) || marksBetween(line, 0, open) % 2 !== 0) continue;
    for (let close = line.indexOf('"', end); close >= 0; close = line.indexOf('"', close + 1)) {
      if (closesAt(line, close) && marksBetween(line, open + 1, close) % 2 === 0) {
        return { start: open + 1, end: close };
      }
    }
    break;
  }
  return { start, end };
}

/** The text of a `(translation: …)` right after index `from` of a line, without its quote marks. */
export function translationAfter(line: string, from: number): string | undefined {
  const opening = /^\s*\(translation:\s*/.exec(line.slice(from));
  if (!opening) return undefined;
  const start = from + opening[0].length;
  let depth = 1;
  for (let index = start; index < line.length; index += 1) {
    if (line[index] === '(') depth += 1;
    else if (line[index] === ')' && --depth === 0) {
      const text = line.slice(start, index).trim();
      const unquoted = /^"(.*)"$/.exec(text)?.[1] ?? text;
      return unquoted === '' ? undefined : unquoted;
    }
  }
  return undefined;
}
