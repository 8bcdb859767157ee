import { detectUnicodeEncoding, firstInvalidUtf8Byte } from '@/lib/text-encoding';

const bytes = (...values: number[]) => new Uint8Array(values);

describe(detectUnicodeEncoding, () => {
  it.each([
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x7b), 'UTF-8'],
    ['plain UTF-8', new TextEncoder().encode('{"a": "ә"}'), 'UTF-8'],
    ['an empty file', bytes(), 'UTF-8'],
    ['UTF-16 LE with a mark', bytes(0xff, 0xfe, 0x7b, 0x00), 'UTF-16 (little-endian)'],
    ['UTF-16 BE with a mark', bytes(0xfe, 0xff, 0x00, 0x7b), 'UTF-16 (big-endian)'],
    [
      'UTF-32 LE with a mark',
      bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0),
      'UTF-32 (little-endian)',
    ],
    ['UTF-32 BE with a mark', bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b), 'UTF-32 (big-endian)'],
    ['UTF-16 LE without a mark', bytes(0x7b, 0x00, 0x0a, 0x00), 'UTF-16 (little-endian)'],
    ['UTF-16 BE without a mark', bytes(0x00, 0x7b, 0x00, 0x0a), 'UTF-16 (big-endian)'],
    ['UTF-32 LE without a mark', bytes(0x7b, 0, 0, 0, 0x0a, 0, 0, 0), 'UTF-32 (little-endian)'],
    ['UTF-32 BE without a mark', bytes(0, 0, 0, 0x7b, 0, 0, 0, 0x0a), 'UTF-32 (big-endian)'],
    ['a one-character UTF-16 LE file', bytes(0x31, 0x00), 'UTF-16 (little-endian)'],
  ])('tells %s', (_, input, expected) => {
    expect(detectUnicodeEncoding(input)).toBe(expected);
  });
});

describe(firstInvalidUtf8Byte, () => {
  it('returns -1 for well-formed UTF-8, including four-byte characters', () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('abc Қазақ 👩‍👩‍👧'))).toBe(-1);
    expect(firstInvalidUtf8Byte(bytes())).toBe(-1);
  });

  it.each([
    ['a Windows-1251 letter', bytes(0x61, 0xc4, 0xe8), 1],
    ['a lone continuation byte', bytes(0x61, 0x62, 0x80), 2],
    ['an overlong form of "/"', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a surrogate (U+D800)', bytes(0x20, 0xed, 0xa0, 0x80), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x61, 0xe2, 0x82), 1],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input)).toThrow();
  });
});
