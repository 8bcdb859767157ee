import fc from 'fast-check';
import { compareByTotalThenLabel, compareText } from '@/lib/compare-text';

const sign = (value: number) => Math.sign(value);
const printable = fc.string({
  unit: fc.constantFrom(
    ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)),
    ...'–—‘’“”ÄäÉéЖжҚқ',
  ),
  maxLength: 6,
});

describe(compareText, () => {
  it('orders text as localeCompare does in English', () => {
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b, 'en')));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts topic labels alphabetically, ignoring case, lower case first on a tie', () => {
    const labels = [
      'Torture',
      'freedom of assembly',
      'Freedom of Assembly',
      'Anti-corruption',
      'a',
    ];
    expect(labels.toSorted(compareText)).toEqual([
      'a',
      'Anti-corruption',
      'freedom of assembly',
      'Freedom of Assembly',
      'Torture',
    ]);
  });

  it('keeps case and quote shape as the last word when the letters tie', () => {
    const texts = ['its', 'it’s', "It's", "it's", 'Freedom of Assembly', 'freedom of assembly'];
    expect(texts.toSorted(compareText)).toEqual([
      'freedom of assembly',
      'Freedom of Assembly',
      "it's",
      "It's",
      'it’s',
      'its',
    ]);
  });

  it('puts accented and Cyrillic letters where a reader looks for them', () => {
    expect(['Zeta', 'Ärzte', 'Alpha', 'Қазақстан', 'Жаңа'].toSorted(compareText)).toEqual([
      'Alpha',
      'Ärzte',
      'Zeta',
      'Жаңа',
      'Қазақстан',
    ]);
  });
});

describe(compareByTotalThenLabel, () => {
  it('puts the largest total first and breaks ties by label', () => {
    const rows = [
      { total: 1, label: 'b' },
      { total: 2, label: 'z' },
      { total: 1, label: 'a' },
    ];
    expect(rows.toSorted(compareByTotalThenLabel).map((row) => row.label)).toEqual(['z', 'a', 'b']);
  });
});
