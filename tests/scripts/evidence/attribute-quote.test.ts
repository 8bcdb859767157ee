import { attributeQuote, findSightings } from '../../../scripts/evidence/attribute-quote';
import { makeCorpus } from './research-fixtures';

const corpus = makeCorpus();

describe(attributeQuote, () => {
  it('finds a quote in the notes file about its page, and widens it to the quotation', () => {
    expect(attributeQuote(corpus, 'src-a', 'http://a.example/news/a/', 'first quotation')).toEqual({
      from: 'research/sources/a.txt',
      text: 'the first quotation of A, which runs on',
    });
  });

  it('finds a quote of a page listed under ALSO in a notes file', () => {
    expect(attributeQuote(corpus, 'src-c', 'https://c.example/c', 'quotation of C')?.from).toBe(
      'research/sources/a.txt',
    );
  });

  it('finds a quote on a fact-base line that names the page, directly or by "same"', () => {
    const d = (quote: string) => attributeQuote(corpus, 'src-d', 'https://d.example/d', quote);
    expect(d('the quotation of D')?.from).toBe('research/dialogue-facts.md');
    expect(d('second quotation of D')?.text).toBe('a second quotation of D');
  });

  it('keeps the translation written after the quotation', () => {
    expect(attributeQuote(corpus, 'src-g', 'https://g.example/g', "item's quotation")).toEqual({
      from: 'research/dialogue-facts.md',
      text: "the item's quotation",
      translation: 'in English',
    });
  });

  it('refuses a quote found only beside another page', () => {
    expect(attributeQuote(corpus, 'src-a', 'https://a.example/news/a', 'the quotation of D')).toBe(
      null,
    );
    expect(attributeQuote(corpus, 'src-d', 'https://d.example/d', 'by back-reference')).toBeNull();
  });

  it('looks for the quotes of a kept full text in that text only', () => {
    expect(attributeQuote(corpus, 'src-h', 'https://h.example/h', 'The whole  text')).toEqual({
      from: 'sources/h.txt',
      text: 'The whole text',
    });
    expect(attributeQuote(corpus, 'src-h', 'https://a.example/news/a', 'first quotation')).toBe(
      null,
    );
  });
});

describe(findSightings, () => {
  it('lists every place a quote stands, with its line and the pages named there', () => {
    expect(findSightings(corpus, 'by back-reference')).toEqual([
      { from: 'research/dialogue-facts.md', line: 10, urls: [] },
    ]);
    expect(findSightings(corpus, 'word for word')).toEqual([
      { from: 'sources/h.txt', urls: [], fullTextOf: 'src-h' },
    ]);
    expect(findSightings(corpus, 'nowhere at all')).toEqual([]);
  });
});
