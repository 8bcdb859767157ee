import { excerptAround } from '@/lib/excerpt';

const TEXT = 'The parties discussed freedom of peaceful assembly and the new law on the media.';

describe(excerptAround, () => {
  it('returns a text that fits the window whole', () => {
    expect(excerptAround('Short quote.', 6, { before: 2, length: 40 })).toEqual({
      text: 'Short quote.',
      cutBefore: false,
      cutAfter: false,
    });
    expect(excerptAround('', 0, { before: 2, length: 40 }).text).toBe('');
  });

  it('cuts at word boundaries on both sides, keeping the word at the position', () => {
    const at = TEXT.indexOf('assembly');
    expect(excerptAround(TEXT, at, { before: 12, length: 30 })).toEqual({
      text: 'of peaceful assembly and the',
      cutBefore: true,
      cutAfter: true,
    });
  });

  it('starts at the beginning when the position is near it', () => {
    expect(excerptAround(TEXT, 4, { before: 20, length: 25 })).toEqual({
      text: 'The parties discussed',
      cutBefore: false,
      cutAfter: true,
    });
  });

  it('moves the window back from the end, so a late match still has the whole window', () => {
    const excerpt = excerptAround(TEXT, TEXT.indexOf('media'), { before: 5, length: 30 });
    expect(excerpt).toEqual({
      text: 'and the new law on the media.',
      cutBefore: true,
      cutAfter: false,
    });
  });

  it('cuts a text without spaces where the window ends, never inside a surrogate pair', () => {
    expect(excerptAround('abcdefghijklmnopqrstuvwxyz', 13, { before: 3, length: 6 })).toEqual({
      text: 'klmnop',
      cutBefore: true,
      cutAfter: true,
    });
    const emoji = '😀'.repeat(10);
    // A window that would start or end inside an emoji leaves that emoji out.
    expect(excerptAround(emoji, 8, { before: 3, length: 6 }).text).toBe('😀😀');
    expect(excerptAround(emoji, 9, { before: 3, length: 6 }).text).toBe('😀😀😀');
  });

  it('clamps a position outside the text', () => {
    expect(excerptAround(TEXT, -5, { before: 10, length: 12 }).text).toBe('The parties');
    expect(excerptAround(TEXT, 500, { before: 10, length: 12 }).text).toBe('the media.');
  });
});
