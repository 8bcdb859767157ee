/**
 * A lower-case ASCII slug for file names: diacritics dropped, anything else that is not a letter or
 * digit becomes one hyphen, trimmed to `max` characters. Non-Latin text (Қазақстан) is transliterated
 * by the caller if needed; here it is dropped.
 */
export function slugify(text: string, max = 40): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}
