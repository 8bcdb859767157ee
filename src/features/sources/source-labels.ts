import type { Source } from '@/data/schema';
import { formatPartialDate } from '@/lib/dates';

/** "20 May 2024", "May 2024 (uncertain)", or "date not shown" when the source shows no date. */
export function describePublished(published: Source['published']): string {
  if (published === null) return 'date not shown';
  const words = formatPartialDate(published.value);
  return published.uncertain ? `${words} (uncertain)` : words;
}

// Building an Intl.DisplayNames costs far more than a lookup, and a page asks for a few tags
// hundreds of times.
let displayNames: Intl.DisplayNames | undefined;
const languageNames = new Map<string, string>();

/** The English name of a language tag ("ru" → "Russian"), or the tag itself when none is known. */
export function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name === undefined) {
    try {
      displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
      name = displayNames.of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(tag, name);
  }
  return name;
}
