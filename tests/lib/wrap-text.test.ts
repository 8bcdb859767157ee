import { wrapText } from '@/lib/wrap-text';

const byChars = (text: string) => text.length;

describe(wrapText, () => {
  it('breaks at spaces so no line is wider than the limit', () => {
    expect(wrapText('Topics: Disability rights · Years: 2023–2024', 20, byChars)).toEqual([
      'Topics: Disability',
      'rights · Years:',
      '2023–2024',
    ]);
  });

  it('keeps an over-long word whole on its own line', () => {
    expect(wrapText('a https://example.org/very/long/url b', 10, byChars)).toEqual([
      'a',
      'https://example.org/very/long/url',
      'b',
    ]);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 10, byChars)).toEqual([]);
  });
});
