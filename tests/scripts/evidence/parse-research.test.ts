import { normaliseUrl } from '../../../scripts/evidence/normalise-url';
import { parseFactBase } from '../../../scripts/evidence/parse-fact-base';
import { parseNotesFile } from '../../../scripts/evidence/research-corpus';
import { FACT_BASE, NOTES_A } from './research-fixtures';

const key = (url: string) => normaliseUrl(url);

describe(parseNotesFile, () => {
  it('reads the page of the URL line, the pages of the ALSO lines and items, and the status', () => {
    const notes = parseNotesFile('research/sources/a.txt', NOTES_A);
    expect(notes.mainUrl).toBe(key('https://a.example/news/a'));
    expect([...notes.alsoUrls]).toEqual([key('https://b.example/b'), key('https://c.example/c')]);
    expect(notes.status).toBe('excerpt notes only, NOT the full text.');
    expect(notes.lines.find((line) => line.text.includes('quotation of B'))?.line).toBe(10);
  });

  it('reads no header past the first blank line', () => {
    const notes = parseNotesFile('n.txt', 'URL: https://a.example/\n\nALSO: https://z.example/z\n');
    expect(notes.alsoUrls.size).toBe(0);
  });

  it('has no page when there is no URL line', () => {
    expect(parseNotesFile('n.txt', 'TITLE: x\n').mainUrl).toBeNull();
  });
});

describe(parseFactBase, () => {
  const base = parseFactBase('research/dialogue-facts.md', FACT_BASE);
  const unitWith = (text: string) => base.units.find((unit) => unit.text.includes(text));

  it('reads the research date', () => {
    expect(base.researchDate).toBe('2026-12-06');
    expect(parseFactBase('x.md', '# none').researchDate).toBeNull();
  });

  it('gives a table row the URLs written on it', () => {
    expect([...(unitWith('the quotation of D')?.urls ?? [])]).toEqual([key('https://d.example/d')]);
  });

  it('gives a "same" row the URLs of the row above', () => {
    expect([...(unitWith('second quotation of D')?.urls ?? [])]).toEqual([
      key('https://d.example/d'),
    ]);
  });

  it('resolves a bare host name only to the one page of that host cited earlier', () => {
    expect(unitWith('on an e row')?.urls.size).toBe(0);
    const later = `${FACT_BASE}\n| Fact | Source | Quote |\n|---|---|---|\n| x | e.example text | "q" |\n`;
    const row = parseFactBase('x.md', later).units.find((unit) => unit.text.includes('"q"'));
    expect([...(row?.urls ?? [])]).toEqual([key('https://e.example/e1')]);
  });

  it('leaves other back-references unresolved', () => {
    expect(unitWith('by back-reference')?.urls.size).toBe(0);
  });

  it('keeps a paragraph together, so a URL on its next line counts', () => {
    const paragraph = unitWith("the paragraph's quotation");
    expect([...(paragraph?.urls ?? [])]).toEqual([key('https://f.example/f')]);
    expect(paragraph?.line).toBe(14);
  });
});
