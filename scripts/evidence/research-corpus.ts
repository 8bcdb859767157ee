import { collapseWhitespace } from './collapse-whitespace.ts';
import { findUrls, normaliseUrl } from './normalise-url.ts';
import type { FactBase } from './parse-fact-base.ts';

/** Sources whose full text is kept in the shared folder: their quotes must come from that text. */
export const FULL_TEXTS: Readonly<Record<string, string>> = {
  'tdi-2024-05-21': 'sources/tdi-2024-05-21.txt',
  'eureporter-2024-05-21': 'sources/eureporter-2024-05.txt',
};

/** A line of a research file, white space collapsed, and its 1-based number. */
export type NumberedLine = { text: string; line: number };

/** A per-page notes file: the page in its `URL:` header, other pages in its `ALSO` header. */
export type NotesFile = {
  from: string;
  /** The normalised URL of the `URL:` line, or null when the file has none. */
  mainUrl: string | null;
  /** The normalised URLs of the `ALSO` lines and items. */
  alsoUrls: ReadonlySet<string>;
  /** The `STATUS:` line: how the page was read. */
  status: string | null;
  /** The non-blank lines, white space collapsed, with their 1-based line numbers. */
  lines: readonly NumberedLine[];
};

export type FullText = { from: string; sourceId: string; text: string };

export type ResearchCorpus = {
  notes: readonly NotesFile[];
  factBases: readonly FactBase[];
  fullTexts: readonly FullText[];
};

function normalisedUrls(text: string): string[] {
  return findUrls(text).flatMap((url) => normaliseUrl(url) ?? []);
}

/** Reads a notes file; its header (to the first blank line) gives `URL:`, `ALSO…:`, `STATUS:`. */
export function parseNotesFile(from: string, text: string): NotesFile {
  const rawLines = text.split(/\r?\n/);
  let mainUrl: string | null = null;
  let status: string | null = null;
  const alsoUrls = new Set<string>();
  let inAlso = false;
  for (const line of rawLines) {
    if (line.trim() === '') break;
    if (/^URL:/.test(line)) mainUrl ??= normalisedUrls(line)[0] ?? null;
    else if (/^STATUS:/.test(line)) status = collapseWhitespace(line.slice('STATUS:'.length));
    const also = /^ALSO\b[^:]*:/.test(line);
    if (also || (inAlso && /^\s*- /.test(line))) {
      for (const url of normalisedUrls(line)) alsoUrls.add(url);
      inAlso = true;
    } else inAlso = false;
  }
  const lines = rawLines
    .map((line, index) => ({ text: collapseWhitespace(line), line: index + 1 }))
    .filter((line) => line.text !== '');
  return { from, mainUrl, alsoUrls, status, lines };
}
