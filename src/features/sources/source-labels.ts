import type { Source } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/** "20 May 2024", "May 2024 (uncertain)", or "date not shown" when the source shows no date. */
export function describePublished(published: Source['published']): string {
  if (published === null) return 'date not shown';
  const words = formatPartialDate(published.value);
  return published.uncertain ? `${words} (uncertain)` : words;
}
