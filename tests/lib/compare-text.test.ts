import fc from 'fast-check';
import {
  allBasicText,
  basicSortKey,
  compareBasicText,
  sortByText,
  textComparator,
} from '@/lib/compare-text';

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

  it('keys text of any length', () => {
    const long = `${'Ab-'.repeat(70_000)}z`;
    expect(basicSortKey(long)).toBe(`${'ab\u0003'.repeat(70_000)}z`);
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

describe(sortByText, () => {
  type Item = { text: string; rank: number };
  const byRankThenText = (compare: (a: string, b: string) => number) => (a: Item, b: Item) =>
    a.rank - b.rank || compare(a.text, b.text);
  const sortItems = (items: readonly Item[]) =>
    sortByText(
      items,
      (entry) => entry.text,
      (entry) => entry.rank,
    );

  it('orders by rank, then as compareBasicText does, then as given', () => {
    const item = fc.record({ text: basicText, rank: fc.integer({ min: -3, max: 12 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        expect(sortItems(items)).toEqual(items.toSorted(byRankThenText(compareBasicText)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps equal items in their given order', () => {
    const items = ['b', 'a', 'b', 'a'].map((text, index) => ({ text, index }));
    expect(sortByText(items, (entry) => entry.text).map((entry) => entry.index)).toEqual([
      1, 3, 0, 2,
    ]);
  });

  it('falls back to a comparison for text that is not basic or ranks that are not whole', () => {
    const items: Item[] = [
      { text: 'Zeta', rank: 0 },
      { text: 'Ärzte', rank: 0 },
      { text: 'Alpha', rank: 0.5 },
    ];
    expect(sortItems(items)).toEqual([
      { text: 'Ärzte', rank: 0 },
      { text: 'Zeta', rank: 0 },
      { text: 'Alpha', rank: 0.5 },
    ]);
    const basic: Item[] = [
      { text: 'b', rank: 0.5 },
      { text: 'B', rank: 0.25 },
      { text: 'a', rank: 0.5 },
    ];
    expect(sortItems(basic)).toEqual(basic.toSorted(byRankThenText(compareBasicText)));
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
