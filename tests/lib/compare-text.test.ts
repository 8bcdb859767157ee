import fc from 'fast-check';
import { compareAscii, textComparator } from '@/lib/compare-text';

const sign = (value: number) => Math.sign(value);
const plainText = fc.string({
  unit: fc.constantFrom(...'aAbBzZ09 -'.split('')),
  maxLength: 8,
});

describe(compareAscii, () => {
  it('orders letters, digits, spaces and hyphens as localeCompare does', () => {
    fc.assert(
      fc.property(plainText, plainText, (a, b) => {
        expect(sign(compareAscii(a, b))).toBe(sign(a.localeCompare(b)));
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
    expect(labels.toSorted(compareAscii)).toEqual([
      'a',
      'Anti-corruption',
      'freedom of assembly',
      'Freedom of Assembly',
      'Torture',
    ]);
  });
});

describe(textComparator, () => {
  it('uses the ASCII order when every text is plain ASCII', () => {
    expect(textComparator(['Alpha', 'beta'])).toBe(compareAscii);
  });

  it('falls back to localeCompare for the whole list when one text is not ASCII', () => {
    const compare = textComparator(['Zeta', 'Ärzte', 'Alpha']);
    expect(['Zeta', 'Ärzte', 'Alpha'].toSorted(compare)).toEqual(['Alpha', 'Ärzte', 'Zeta']);
  });
});
