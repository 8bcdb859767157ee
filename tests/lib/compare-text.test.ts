import fc from 'fast-check';
import { allBasicText, basicSortKey, compareBasicText, textComparator } from '@/lib/compare-text';

const sign = (value: number) => Math.sign(value);
const plainText = fc.string({
  unit: fc.constantFrom(...'aAbBzZ09 -'.split('')),
  maxLength: 8,
});
/** Every character compareBasicText supports: printable ASCII and typographic punctuation. */
const basicChars = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)),
  ...'–—‘’“”',
];
const basicText = fc.string({ unit: fc.constantFrom(...basicChars), maxLength: 6 });

describe(compareBasicText, () => {
  it('orders letters, digits, spaces and hyphens as localeCompare does', () => {
    fc.assert(
      fc.property(plainText, plainText, (a, b) => {
        expect(sign(compareBasicText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders any printable ASCII and typographic punctuation as localeCompare does', () => {
    fc.assert(
      fc.property(basicText, basicText, (a, b) => {
        expect(sign(compareBasicText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('puts every supported character in localeCompare’s order', () => {
    expect(basicChars.toSorted(compareBasicText)).toEqual(
      basicChars.toSorted((a, b) => a.localeCompare(b)),
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
    expect(labels.toSorted(compareBasicText)).toEqual([
      'a',
      'Anti-corruption',
      'freedom of assembly',
      'Freedom of Assembly',
      'Torture',
    ]);
  });
});

describe(basicSortKey, () => {
  it('orders by code unit as compareBasicText orders before case and quote shape', () => {
    fc.assert(
      fc.property(basicText, basicText, (a, b) => {
        const [keyA, keyB] = [basicSortKey(a), basicSortKey(b)];
        const byKey = keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
        if (byKey !== 0) expect(byKey).toBe(sign(compareBasicText(a, b)));
        else
          expect(a.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"')).toBe(
            b.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
          );
      }),
      { numRuns: 5000 },
    );
  });
});

describe(textComparator, () => {
  it('orders basic text exactly as compareBasicText does', () => {
    fc.assert(
      fc.property(fc.array(basicText, { maxLength: 30 }), (texts) => {
        expect(texts.toSorted(textComparator(texts))).toEqual(texts.toSorted(compareBasicText));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps case and quote shape as the last word when the letters tie', () => {
    const texts = ['its', 'it’s', "It's", "it's", 'Freedom of Assembly', 'freedom of assembly'];
    expect(texts.toSorted(textComparator(texts))).toEqual([
      'freedom of assembly',
      'Freedom of Assembly',
      "it's",
      "It's",
      'it’s',
      'its',
    ]);
  });

  it('falls back to localeCompare for the whole list when one text is not ASCII', () => {
    const compare = textComparator(['Zeta', 'Ärzte', 'Alpha']);
    expect(['Zeta', 'Ärzte', 'Alpha'].toSorted(compare)).toEqual(['Alpha', 'Ärzte', 'Zeta']);
  });
});

describe('the bundled dataset', () => {
  it('has only basic text where the dashboard sorts, so no sort starts the locale data', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('public/data/dialogue-dataset.json', 'utf8');
    const dataset = JSON.parse(text) as {
      topics: { label: string }[];
      sources: { title: string; publisher: string }[];
      commitments: { title: string }[];
    };
    const sorted = {
      'topic labels': dataset.topics.map((topic) => topic.label),
      'source titles': dataset.sources.map((source) => source.title),
      publishers: dataset.sources.map((source) => source.publisher),
      'commitment titles': dataset.commitments.map((commitment) => commitment.title),
    };
    for (const [what, texts] of Object.entries(sorted))
      expect({ what, basic: allBasicText(texts) }).toEqual({
        what,
        basic: true,
      });
  });
});
