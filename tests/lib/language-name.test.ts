import { COMMON_LANGUAGE_NAMES, languageName } from '@/lib/language-name';

describe(languageName, () => {
  it.each([
    ['en', 'English'],
    ['ru', 'Russian'],
    ['kk', 'Kazakh'],
    ['pt-BR', 'Brazilian Portuguese'],
    ['not a tag!', 'not a tag!'],
  ])('%s → %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });

  it('names the common languages as Intl.DisplayNames does', () => {
    const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const [tag, name] of Object.entries(COMMON_LANGUAGE_NAMES))
      expect(displayNames.of(tag)).toBe(name);
  });
});

describe('COMMON_LANGUAGE_NAMES', () => {
  it('names every language of the bundled dataset, so no source starts the locale data', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('public/data/dialogue-dataset.json', 'utf8');
    const { sources } = JSON.parse(text) as { sources: { language: string }[] };
    for (const { language } of sources)
      expect(Object.keys(COMMON_LANGUAGE_NAMES)).toContain(language);
  });
});
