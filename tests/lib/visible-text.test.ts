import { cutText, isBlankText, quoteFromData, showInvisible } from '@/lib/visible-text';

describe('showInvisible', () => {
  it('escapes bidi overrides, zero-width and control characters, and leaves letters alone', () => {
    expect(showInvisible('evil\u202Enosj.exe')).toBe('evil\\u202Enosj.exe');
    expect(showInvisible('a\u200Bb\u0000c\n')).toBe('a\\u200Bb\\u0000c\\u000A');
    expect(showInvisible('Қазақстан о, é')).toBe('Қазақстан о, é');
    expect(showInvisible('x\u{E0041}')).toBe('x\\u{E0041}');
  });
});

describe('cutText', () => {
  it('keeps a short text and cuts a long one, saying how long it was', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('a'.repeat(1_048_576), 5)).toBe('aaaaa… (1,048,576 characters)');
  });

  it('never splits a surrogate pair', () => {
    expect(cutText('ab😀cd', 3)).toBe('ab… (6 characters)');
  });
});

describe('quoteFromData', () => {
  it('quotes a value cut and escaped', () => {
    expect(quoteFromData('id\u202Ex', 80)).toBe('"id\\u202Ex"');
    expect(quoteFromData('x'.repeat(100), 4)).toBe('"xxxx… (100 characters)"');
  });
});

describe('isBlankText', () => {
  it('counts a text of only invisible characters or spaces as blank', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText(' \u200B\u200C\u200D\u2060\uFEFF\u202E\u3164\t')).toBe(true);
    expect(isBlankText('\u200Ba')).toBe(false);
    expect(isBlankText('о')).toBe(false);
  });
});
