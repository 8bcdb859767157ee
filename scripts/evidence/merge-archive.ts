import type { ArchivePassage, EvidenceArchive } from '../../src/domain/evidence-archive.ts';
import { collapseWhitespace } from './collapse-whitespace.ts';
import type { ArchivedSourceFields } from './collect-evidence.ts';

/** What the research says about how a page was read, for a file the builder creates or completes. */
export type ReadingFacts = { retrieved: string | null; note?: string };

/**
 * The archive file of a source after a build: the existing file (or a new one) with the dataset's
 * title, publisher and date, the passages it had in their order, then each new passage that is not
 * already there. Existing passages, `url`, a known `retrieved` and a `note` are never changed.
 */
export function mergeArchive(
  existing: EvidenceArchive | null,
  source: ArchivedSourceFields,
  additions: readonly ArchivePassage[],
  reading: ReadingFacts,
): EvidenceArchive {
  const passages = [...(existing?.passages ?? [])];
  const key = (passage: ArchivePassage) => `${passage.from}\n${collapseWhitespace(passage.text)}`;
  const present = new Set(passages.map(key));
  for (const passage of additions) {
    if (present.has(key(passage))) continue;
    present.add(key(passage));
    passages.push(passage);
  }
  const note = existing ? existing.note : reading.note;
  return {
    source: source.id,
    url: existing?.url ?? source.url,
    title: source.title,
    publisher: source.publisher,
    published: source.published as EvidenceArchive['published'],
    retrieved: existing?.retrieved ?? reading.retrieved,
    ...(note === undefined ? {} : { note }),
    passages,
  };
}

/** The file's text: two-space JSON with a final newline, as Prettier leaves it. */
export function serialiseArchive(archive: EvidenceArchive): string {
  return `${JSON.stringify(archive, null, 2)}\n`;
}
