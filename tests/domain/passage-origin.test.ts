import { describePassageOrigin, evidenceArchiveUrl } from '@/domain/passage-origin';

describe(evidenceArchiveUrl, () => {
  it('names the file after the source id under data/evidence', () => {
    expect(evidenceArchiveUrl('kazinform-2024-05-20')).toBe(
      '/data/evidence/kazinform-2024-05-20.json',
    );
    expect(evidenceArchiveUrl('a/b', '/app/')).toBe('/app/data/evidence/a%2Fb.json');
  });
});

describe(describePassageOrigin, () => {
  it.each([
    ['research/sources/a.txt', 'Research notes on this page (research/sources/a.txt)'],
    ['research/dialogue-facts.md', 'The research fact base (research/dialogue-facts.md)'],
    ['sources/tdi.txt', 'The full text kept with the research (sources/tdi.txt)'],
  ])('says where %s is', (from, words) => {
    expect(describePassageOrigin({ text: 'q', from })).toBe(words);
  });

  it('names the page a search found and its dates', () => {
    const searched = {
      text: 'q',
      from: 'search',
      url: 'https://example.org/a',
      retrieved: '2026-12-07',
    };
    expect(describePassageOrigin({ ...searched, pageDate: null })).toBe(
      'Found by a search of https://example.org/a, read on 7 December 2026; the page shows no date',
    );
    expect(describePassageOrigin({ ...searched, pageDate: '2024-05' })).toBe(
      'Found by a search of https://example.org/a, read on 7 December 2026; the page is dated May 2024',
    );
  });
});
