import { findJsonSyntaxError } from '@/lib/json-syntax-error';

const ENDS_EARLY = 'the text ends before the JSON is complete';

describe(findJsonSyntaxError, () => {
  it.each([
    '{}',
    '[]',
    '{"a": [1, -0.5e+3, true, false, null, "x\\n\\u00e9"], "b": {}}',
    ' \n\t"text" \r\n',
    '0',
  ])('finds nothing wrong in %j, which JSON.parse reads', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['{"a": NaN}', 6, 'NaN is not a JSON value (JSON has no NaN or Infinity)'],
    ['{"a": Infinity}', 6, 'Infinity is not a JSON value'],
    ['{"a": -Infinity}', 6, '-Infinity is not a JSON value'],
    ["{'a': 1}", 1, 'a field name must be in double quotes ("name"), not single quotes'],
    ['{"a": \'x\'}', 6, 'text must be in double quotes ("…"), not single quotes'],
    ['{"a": 1,}', 7, 'a comma before "}": JSON allows no comma after the last item'],
    ['[1, [2], ]', 7, 'a comma before "]": JSON allows no comma after the last item'],
    ['{"a": 1 // why\n}', 8, 'JSON allows no comments'],
    ['/* c */ {}', 0, 'JSON allows no comments'],
    ['{"x": 1, "a": }', 14, 'expected a value, but found "}"'],
    ['{"a" 1}', 5, 'expected ":" after the field name, but found "1"'],
    [
      '{"a": 1 "b": 2}',
      8,
      'expected "," or "}" after a field\'s value (is a comma missing?), but found a quote (")',
    ],
    ['[1 2]', 3, 'expected "," or "]" after an item (is a comma missing?)'],
    ['{"a": 1,, "b": 2}', 8, 'two commas in a row'],
    ['{a: 1}', 1, 'expected a field name in double quotes, but found "a"'],
    ['{"a": tru}', 6, '"tru" is not a JSON value'],
    ['{"a": undefined}', 6, '"undefined" is not a JSON value'],
    ['{"a": 01}', 6, '"01" is not a JSON number'],
    ['{"a": +1}', 6, '"+1" is not a JSON number'],
    ['{"a": .5}', 6, '".5" is not a JSON number'],
    ['{"a": 1.}', 6, '"1." is not a JSON number'],
    [
      '{"a": "x\ny"}',
      8,
      'a line break, tab or other control character inside text must be written as an escape',
    ],
    ['{"a": "\\x"}', 7, '"\\x" is not an escape JSON knows'],
    ['{"a": "\\u12"}', 7, '\\u must be followed by four hexadecimal digits'],
    ['{} {}', 3, 'there is more after the end of the JSON'],
    ['{"a":\u00a0 1}', 5, 'expected a value, but found the character U+00A0'],
    ['{"a":', 5, ENDS_EARLY],
    ['{"a": "abc', 10, ENDS_EARLY],
    ['', 0, ENDS_EARLY],
  ])('places and names the mistake in %j', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found?.offset).toBe(offset);
    expect(found?.reason).toContain(reason);
  });

  it('handles deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(findJsonSyntaxError(deep)?.reason).toContain(ENDS_EARLY);
  });
});
