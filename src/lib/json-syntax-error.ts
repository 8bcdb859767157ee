/** Where a text stops being JSON, and why in words: `offset` is 0-based, in UTF-16 code units. */
export type JsonSyntaxError = { offset: number; reason: string };

const ENDS_EARLY =
  'the text ends before the JSON is complete (a bracket or quote may be missing, or the file was cut off)';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const LITERAL = /true|false|null/y;
const NO_TRAILING_COMMA = 'JSON allows no comma after the last item';
// eslint-disable-next-line no-control-regex -- the control characters are what it stops at
const PLAIN_TEXT = /[^"\\\u0000-\u001f]*/y;
const NUMBER_LIKE = /[-+.\d][\w.+-]*/y;

type Expecting = 'value' | 'first-key' | 'key' | 'colon' | 'after-value' | 'first-item';

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/** The character at `at` as a message shows it: `"x"`, or with its code point when not plain ASCII. */
function describeCharacter(text: string, at: number): string {
  const char = String.fromCodePoint(text.codePointAt(at)!);
  const code = char.codePointAt(0)!;
  if (char === '"') return 'a quote (")';
  if (code > 0x20 && code < 0x7f) return `"${char}"`;
  return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why the text at `at` cannot start a value, naming the usual mistakes (NaN, quotes, comments). */
function describeNotAValue(text: string, at: number): string {
  const char = text[at];
  if (char === "'") return 'text must be in double quotes ("…"), not single quotes';
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
    return 'JSON allows no comments (// or /* … */)';
  const word = matchAt(WORD, text, at) ?? matchAt(/-?Infinity/y, text, at);
  if (word === 'NaN' || word === 'Infinity' || word === '-Infinity')
    return `${word} is not a JSON value (JSON has no NaN or Infinity): write a number, or null if unknown`;
  if (word)
    return `"${word.slice(0, 40)}" is not a JSON value: text needs double quotes, and the only words are true, false and null`;
  const number = matchAt(NUMBER_LIKE, text, at);
  if (number)
    return `${JSON.stringify(number.slice(0, 40))} is not a JSON number (no leading + or zeros, no bare . or trailing .)`;
  return `expected a value, but found ${describeCharacter(text, at)}`;
}

/** Why the text at `at` is not what `expecting` needs. */
function describeUnexpected(
  text: string,
  at: number,
  expecting: Expecting,
  inObject: boolean,
): string {
  const char = text[at];
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*'))
    return 'JSON allows no comments (// or /* … */)';
  switch (expecting) {
    case 'value':
    case 'first-item':
      return describeNotAValue(text, at);
    case 'first-key':
    case 'key':
      if (char === "'") return 'a field name must be in double quotes ("name"), not single quotes';
      if (char === ',') return 'two commas in a row, or a comma before the first field';
      return `expected a field name in double quotes, but found ${describeCharacter(text, at)}`;
    case 'colon':
      return `expected ":" after the field name, but found ${describeCharacter(text, at)}`;
    case 'after-value':
      if (inObject)
        return `expected "," or "}" after a field's value (is a comma missing?), but found ${describeCharacter(text, at)}`;
      return `expected "," or "]" after an item (is a comma missing?), but found ${describeCharacter(text, at)}`;
  }
}

function unexpected(
  text: string,
  at: number,
  expecting: Expecting,
  inObject: boolean,
): JsonSyntaxError {
  return { offset: at, reason: describeUnexpected(text, at, expecting, inObject) };
}

/** Null when nothing but white space follows the root value at `at`, or the error. */
function afterRoot(text: string, at: number): JsonSyntaxError | null {
  if (at >= text.length) return null;
  return {
    offset: at,
    reason: 'there is more after the end of the JSON (a second value, or a stray character)',
  };
}

/** The end of the number, true, false or null at `at`, or null when there is none. */
function scanLiteral(text: string, at: number): number | null {
  const literal = matchAt(LITERAL, text, at) ?? matchAt(NUMBER, text, at);
  if (literal === null) return null;
  const after = text[at + literal.length];
  return after !== undefined && /[\w.$+-]/.test(after) ? null : at + literal.length;
}

function skipWhitespace(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
  }
  return i;
}

/** The end (just past the closing quote) of the string starting at `at`, or its first error. */
function scanString(text: string, at: number): number | JsonSyntaxError {
  for (let i = at + 1; i < text.length; i++) {
    // Jump over plain characters natively: text is most of a dataset.
    PLAIN_TEXT.lastIndex = i;
    PLAIN_TEXT.test(text);
    i = PLAIN_TEXT.lastIndex;
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        offset: i,
        reason:
          'a line break, tab or other control character inside text must be written as an escape (\\n, \\t, \\u0000)',
      };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i, reason: '\\u must be followed by four hexadecimal digits' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else if (next === undefined) break;
      else
        return {
          offset: i,
          reason: `"\\${next}" is not an escape JSON knows (write \\\\ for a backslash)`,
        };
    }
  }
  return { offset: text.length, reason: ENDS_EARLY };
}

/**
 * The first place where `text` breaks JSON's grammar (RFC 8259), with a reason a person can act on
 * (NaN, Infinity, single quotes, a trailing comma, a comment, a missing comma…); null when the text
 * is JSON. Engines word and place their errors differently; this gives every one a position.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let expecting: Expecting = 'value';
  let lastComma = -1;
  let i = skipWhitespace(text, 0);
  while (true) {
    if (i >= text.length) return { offset: text.length, reason: ENDS_EARLY };
    const char = text[i]!;
    const inObject = stack[stack.length - 1] === '{';
    if (expecting === 'colon') {
      if (char !== ':') return unexpected(text, i, expecting, inObject);
      expecting = 'value';
      lastComma = -1;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    if (expecting === 'after-value') {
      if (char === ',') {
        lastComma = i;
        expecting = inObject ? 'key' : 'value';
      } else if (char === (inObject ? '}' : ']')) stack.pop();
      else return unexpected(text, i, expecting, inObject);
      i = skipWhitespace(text, i + 1);
      if (stack.length === 0 && char !== ',') return afterRoot(text, i);
      continue;
    }
    const closing = char === '}' || char === ']';
    if (closing && lastComma >= 0 && (expecting === 'key' || expecting === 'value'))
      return { offset: lastComma, reason: `a comma before "${char}": ${NO_TRAILING_COMMA}` };
    if (
      (expecting === 'first-key' && char === '}') ||
      (expecting === 'first-item' && char === ']')
    ) {
      stack.pop();
      expecting = 'after-value';
      i = skipWhitespace(text, i + 1);
      if (stack.length === 0) return afterRoot(text, i);
      continue;
    }
    if (expecting === 'first-key' || expecting === 'key') {
      if (char !== '"') return unexpected(text, i, expecting, inObject);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      expecting = 'colon';
      i = skipWhitespace(text, end);
      continue;
    }
    if (char === '{' || char === '[') {
      stack.push(char);
      expecting = char === '{' ? 'first-key' : 'first-item';
      lastComma = -1;
      i = skipWhitespace(text, i + 1);
      continue;
    }
    const end = char === '"' ? scanString(text, i) : scanLiteral(text, i);
    if (end === null) return unexpected(text, i, expecting, inObject);
    if (typeof end !== 'number') return end;
    expecting = 'after-value';
    i = skipWhitespace(text, end);
    if (stack.length === 0) return afterRoot(text, i);
  }
}
