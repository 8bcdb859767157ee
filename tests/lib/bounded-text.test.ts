import {
  boundText,
  boundTexts,
  limitCombiningMarks,
  MAX_COMBINING_RUN,
  MAX_TEXT_CHARS,
} from '@/lib/bounded-text';

const ACUTE = '\u0301';

describe(limitCombiningMarks, () => {
  it('keeps the first 30 marks of a longer run on one letter and drops the rest', () => {
    const limited = limitCombiningMarks(`Z${ACUTE.repeat(120_000)}a`);
    expect(limited).toBe(`Z${ACUTE.repeat(MAX_COMBINING_RUN)}a`);
  });

  it('leaves ordinary accented, Vietnamese and Devanagari text as it is', () => {
    for (const text of ['Réfugiés', 'Việt Nam', 'मानवाधिकार', `e${ACUTE.repeat(30)}`])
      expect(limitCombiningMarks(text)).toBe(text);
  });

  it('cuts each long run separately and never splits an astral mark in two', () => {
    const astral = '\u{1D167}'; // MUSICAL SYMBOL COMBINING TREMOLO-1, a mark outside the BMP
    const limited = limitCombiningMarks(`a${astral.repeat(40)}b${ACUTE.repeat(31)}`);
    expect(limited).toBe(`a${astral.repeat(30)}b${ACUTE.repeat(30)}`);
  });
});

describe(boundText, () => {
  it('keeps a text of up to MAX_TEXT_CHARS characters whole', () => {
    const text = 'x'.repeat(MAX_TEXT_CHARS);
    expect(boundText(text)).toBe(text);
  });

  it('cuts a 262,144-letter title and says how long it was', () => {
    const bounded = boundText('A'.repeat(262_144));
    expect(bounded.startsWith('A'.repeat(MAX_TEXT_CHARS))).toBe(true);
    expect(bounded).toMatch(/^A+… \(262,144 characters\)$/);
  });
});

describe(boundTexts, () => {
  it('bounds every string of a nested JSON value and keeps the rest as it is', () => {
    const long = 'B'.repeat(MAX_TEXT_CHARS + 1);
    const value = {
      meta: { title: long, version: 2 },
      topics: [{ label: `Z${ACUTE.repeat(99)}` }],
    };
    const bounded = boundTexts(value);
    expect(bounded.meta.title).toMatch(/… \(10,001 characters\)$/);
    expect(bounded.meta.version).toBe(2);
    expect(bounded.topics[0]?.label).toBe(`Z${ACUTE.repeat(30)}`);
    expect(value.meta.title).toBe(long);
  });

  it('turns one long id and every reference to it into the same text', () => {
    const id = 'i'.repeat(MAX_TEXT_CHARS * 2);
    const bounded = boundTexts({ topics: [{ id }], meetings: [{ topics: [{ topic: id }] }] });
    expect(bounded.meetings[0]?.topics[0]?.topic).toBe(bounded.topics[0]?.id);
  });

  it('keeps null, numbers and booleans', () => {
    expect(boundTexts({ a: null, b: 1, c: false, d: [] })).toEqual({
      a: null,
      b: 1,
      c: false,
      d: [],
    });
  });
});
