import { MAX_TEXT_CHARS } from '@/lib/bounded-text';
import { foldFieldsForSearch, foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';

describe(foldForSearch, () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(foldForSearch('Réfugiés — UNHCR, C5+1')).toBe('refugies unhcr c5 1');
    expect(foldForSearch("Tokayev's  reforms")).toBe('tokayev s reforms');
  });

  it('reads Yerzhan and Erzhan (and Yo/O) alike at the start of a word', () => {
    expect(foldForSearch('Yerzhan Kazykhan')).toBe(foldForSearch('Erzhan Kazykhan'));
    expect(foldForSearch('ambassador Yerzhan')).toBe('ambassador erzhan');
    expect(foldForSearch('mayor')).toBe('mayor');
  });

  it('transliterates Russian and Kazakh Cyrillic', () => {
    expect(foldForSearch('Ержан Казыхан')).toBe('erzhan kazykhan');
    expect(foldForSearch('Қазақстан')).toBe('kazakstan');
    expect(foldForSearch('НУР-СУЛТАН')).toBe('nur sultan');
  });

  it('drops any number of combining marks, so a letter buried under 120,000 of them still matches', () => {
    expect(foldForSearch(`Zo${'\u0301'.repeat(120_000)}ne`)).toBe('zone');
    expect(foldForSearch('Ðe\u0301\u0328\u0300 A\u030A')).toBe('ðe a');
  });

  it('folds the empty string and pure punctuation to the empty string', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch(' — ')).toBe('');
  });
});

describe(foldFieldsForSearch, () => {
  it('folds each field and joins them by single spaces, skipping empty ones', () => {
    expect(foldFieldsForSearch(['Réfugiés', '', ' — ', 'Ержан'])).toBe('refugies erzhan');
    expect(foldFieldsForSearch([])).toBe('');
  });

  it('searches the first MAX_TEXT_CHARS characters of each field, and every field', () => {
    const long = `${'word '.repeat(MAX_TEXT_CHARS / 5 - 1)}near ${'x'.repeat(50)} beyond`;
    const folded = foldFieldsForSearch([long, 'Astana']);
    expect(matchesTerms(folded, ['near'])).toBe(true);
    expect(matchesTerms(folded, ['beyond'])).toBe(false);
    expect(matchesTerms(folded, ['astana'])).toBe(true);
  });
});

describe(searchTerms, () => {
  it('splits the folded query into words', () => {
    expect(searchTerms('  Domestic-Violence  law ')).toEqual(['domestic', 'violence', 'law']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe(matchesTerms, () => {
  const text = foldForSearch('Nur-Sultan (now Astana): Yerzhan Kazykhan and Uzra Zeya');

  it('needs every term, anywhere, as a prefix or inside a word', () => {
    expect(matchesTerms(text, searchTerms('zeya erzhan'))).toBe(true);
    expect(matchesTerms(text, searchTerms('nur sult'))).toBe(true);
    expect(matchesTerms(text, searchTerms('zeya washington'))).toBe(false);
  });

  it('matches everything when there are no terms', () => {
    expect(matchesTerms(text, [])).toBe(true);
  });
});
