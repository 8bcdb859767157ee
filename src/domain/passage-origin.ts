import type { ArchivePassage } from '@/domain/evidence-archive';
import { formatPartialDate } from '@/lib/dates';

// Kept apart from the archive's zod schema so that the source detail can word a passage's origin
// without loading the validator.

/** `from` of a passage a developer found with the search tool rather than in the shared folder. */
export const SEARCH_ORIGIN = 'search';

/** Where the archive files are served from and kept in the repository (`public/data/evidence/`). */
export const EVIDENCE_ARCHIVE_PATH = 'data/evidence';

/** The site-relative address of a source's archive file; ids are kebab-case, encoded anyway. */
export function evidenceArchiveUrl(sourceId: string, base = '/'): string {
  return `${base}${EVIDENCE_ARCHIVE_PATH}/${encodeURIComponent(sourceId)}.json`;
}

/** Where a passage came from, in words: "Research notes on this page (research/sources/….txt)", … */
export function describePassageOrigin(passage: ArchivePassage): string {
  const { from } = passage;
  if (from === SEARCH_ORIGIN) {
    const read = passage.retrieved ? `, read on ${formatPartialDate(passage.retrieved)}` : '';
    const dated = passage.pageDate
      ? `; the page is dated ${formatPartialDate(passage.pageDate)}`
      : '; the page shows no date';
    return `Found by a search of ${passage.url ?? 'an unnamed page'}${read}${dated}`;
  }
  if (from.startsWith('research/sources/')) return `Research notes on this page (${from})`;
  if (from.startsWith('research/')) return `The research fact base (${from})`;
  return `The full text kept with the research (${from})`;
}
