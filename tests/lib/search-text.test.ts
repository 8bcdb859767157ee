import { foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';

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

  it('folds the empty string and pure punctuation to the empty string', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch(' — ')).toBe('');
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
