import { findUrls, normaliseUrl } from '../../../scripts/evidence/normalise-url';

describe(normaliseUrl, () => {
  it.each([
    ['http://astanatimes.com/2024/05/a/', 'https://astanatimes.com/2024/05/a'],
    ['https://www.neglobal.eu/a/', 'https://neglobal.eu/a'],
    ['https://www.inform.kz/en/a_a3877838/amp', 'https://www.inform.kz/en/a_a3877838'],
    ['https://cpj.org/2024/09/a/amp/', 'https://cpj.org/2024/09/a'],
    ['https://m.kun.uz/en/news/a', 'https://kun.uz/en/news/a'],
    ['https://vlast.kz./novosti/a.html', 'https://vlast.kz/novosti/a.html'],
    ['https://zagranburo.org/%d0%b7/amp', 'https://zagranburo.org/%D0%B7'],
    ['https://t.org/a?utm_source=x&utm_medium=y', 'https://t.org/a'],
    ['https://t.org/a#top', 'https://t.org/a'],
  ])('treats %s as %s', (a, b) => {
    expect(normaliseUrl(a)).toBe(normaliseUrl(b));
  });

  it.each([
    ['a language edition', 'https://en.inform.kz/news/a', 'https://www.inform.kz/news/a'],
    [
      'another query',
      'https://cis-legislation.com/document.fwx?rgn=1',
      'https://cis-legislation.com/document.fwx?rgn=2',
    ],
    ['the case of a path', 'https://eri.kz/en/A', 'https://eri.kz/en/a'],
    ['another path', 'https://astanatimes.com/2024/05/a', 'https://astanatimes.com/2024/05/b'],
  ])('keeps %s apart', (_name, a, b) => {
    expect(normaliseUrl(a)).not.toBe(normaliseUrl(b));
  });

  it('refuses what is not an http(s) URL', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('astanatimes.com/a')).toBeNull();
  });
});

describe(findUrls, () => {
  it('finds each URL without the punctuation around it', () => {
    expect(
      findUrls(
        'see https://a.org/x. Also (https://b.org/y?q=1) | "https://c.org/z"; https://d.org',
      ),
    ).toEqual(['https://a.org/x', 'https://b.org/y?q=1', 'https://c.org/z', 'https://d.org']);
  });

  it('finds none in plain text', () => {
    expect(findUrls('Kazinform 11 Apr 2022 (above)')).toEqual([]);
  });
});
