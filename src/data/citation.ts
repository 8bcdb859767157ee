import type { Evidence, Meta, Source } from '@/data/schema';
import { formatPartialDate } from '@/lib/dates';

/**
 * A plain-text citation of one quote: the quote (and translation), source title, publisher, date,
 * URL, and the dataset version it was taken from, so a reader can trace it back.
 */
export function formatCitation(
  evidence: Evidence,
  source: Source,
  meta: Pick<Meta, 'title' | 'version'>,
): string {
  const date = source.published
    ? formatPartialDate(source.published.value, source.published.uncertain)
    : 'date not shown';
  const translation = evidence.translation ? ` [English: “${evidence.translation}”]` : '';
  return (
    `“${evidence.quote}”${translation} — ${source.title}, ${source.publisher}, ${date}. ${source.url} ` +
    `(cited via ${meta.title}, v${meta.version})`
  );
}
