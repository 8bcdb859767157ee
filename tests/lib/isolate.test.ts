import { balanceIsolates, isolate, withoutIsolates } from '@/lib/isolate';

describe('isolate', () => {
  it('wraps a text in U+2068 … U+2069 and changes nothing inside', () => {
    expect(isolate('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    expect(isolate('حقوق الإنسان')).toBe('\u2068حقوق الإنسان\u2069');
  });

  it('leaves an empty text empty', () => {
    expect(isolate('')).toBe('');
  });
});

describe('withoutIsolates', () => {
  it('removes the isolate marks and keeps every other character, overrides included', () => {
    expect(withoutIsolates(`Topics: ${isolate('\u202Eabc')}, ${isolate('b')}`)).toBe(
      'Topics: \u202Eabc, b',
    );
  });
});

describe('balanceIsolates', () => {
  it('closes an isolate at the end of its line and reopens it on the next', () => {
    const lines = ['Topics: \u2068\u202Eabc', 'def\u2069 · Years: 2024'];
    expect(balanceIsolates(lines)).toEqual([
      'Topics: \u2068\u202Eabc\u2069',
      '\u2068def\u2069 · Years: 2024',
    ]);
  });

  it('keeps lines whose isolates are closed on the same line, and lines without any', () => {
    const lines = [`At ${isolate('US round 3')}, two`, 'topics'];
    expect(balanceIsolates(lines)).toEqual(lines);
  });

  it('carries an isolate over every line it spans', () => {
    expect(balanceIsolates(['\u2068a', 'b', 'c\u2069 d'])).toEqual([
      '\u2068a\u2069',
      '\u2068b\u2069',
      '\u2068c\u2069 d',
    ]);
  });
});
