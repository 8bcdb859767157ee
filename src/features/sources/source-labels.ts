import type { Source } from '@/data/schema';
import { formatPartialDate } from '@/lib/dates';

/** "20 May 2024", "May 2024 (uncertain)", or "date not shown" when the source shows no date. */
export function describePublished(published: Source['published']): string {
  if (published === null) return 'date not shown';
  const words = formatPartialDate(published.value);
  return published.uncertain ? `${words} (uncertain)` : words;
}

/** The English name of a language tag ("ru" → "Russian"), or the tag itself when none is known. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
