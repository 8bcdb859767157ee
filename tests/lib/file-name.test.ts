import { slugify } from '@/lib/file-name';

describe(slugify, () => {
  it.each([
    ['Disability rights', 'disability-rights'],
    ['  Réformes — 2024!  ', 'reformes-2024'],
    ['Қазақстан law', 'law'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it('cuts long text without a trailing hyphen', () => {
    expect(slugify('aaaa bbbb cccc', 6)).toBe('aaaa-b');
    expect(slugify('aaaa bbbb', 5)).toBe('aaaa');
  });
});
