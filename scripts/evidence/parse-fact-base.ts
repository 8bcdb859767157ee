import { collapseWhitespace } from './collapse-whitespace.ts';
import { findUrls, normaliseUrl } from './normalise-url.ts';

/** One unit of a fact base (a table row, a list item or a paragraph) and the pages it cites. */
export type FactBaseUnit = { text: string; line: number; urls: ReadonlySet<string> };

/** A fact base: its units, and the day the research was done when the file says. */
export type FactBase = {
  from: string;
  researchDate: string | null;
  units: readonly FactBaseUnit[];
};

type RawUnit = {
  lines: string[];
  line: number;
  sourceCell: string | null;
  continuesTable: boolean;
};

const LIST_ITEM = /^\s*(?:[-*]|\d+\.)\s/;
const TABLE_SEPARATOR = /^\|[\s|:-]+\|?$/;

function cellsOf(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

// Splits the markdown into units: each table row; each list item with its indented continuation
// lines; each paragraph of consecutive lines (a paragraph may put its URL on the next line).
function splitUnits(text: string): RawUnit[] {
  const units: RawUnit[] = [];
  let sourceColumn = -1;
  let inTable = false;
  let open: RawUnit | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith('|')) {
      open = null;
      if (TABLE_SEPARATOR.test(line.trim())) return;
      const cells = cellsOf(line);
      if (!inTable) sourceColumn = cells.findIndex((cell) => cell.toLowerCase() === 'source');
      const sourceCell = inTable && sourceColumn >= 0 ? (cells[sourceColumn] ?? null) : null;
      units.push({ lines: [line], line: index + 1, sourceCell, continuesTable: inTable });
      inTable = true;
    } else {
      inTable = false;
      if (line.trim() === '' || line.startsWith('#')) open = null;
      else if (open && !LIST_ITEM.test(line)) open.lines.push(line);
      else {
        open = { lines: [line], line: index + 1, sourceCell: null, continuesTable: false };
        units.push(open);
      }
    }
  });
  return units;
}

function urlsIn(text: string): string[] {
  return findUrls(text).flatMap((url) => normaliseUrl(url) ?? []);
}

const HOST_NAME = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;

// A row whose Source cell gives no URL may still name its page without ambiguity: "same" repeats
// the row above; a bare host name ("newyorkorganizer.com repost …") is the one page of that host
// cited earlier in the file. Any other back-reference ("Kazinform 11 Apr 2022 (above)") is left
// unresolved: only a person can tell which page it means.
function referencedUrls(
  sourceCell: string,
  previousRow: ReadonlySet<string> | null,
  earlier: readonly string[],
): string[] {
  if (/^same\b/i.test(sourceCell)) return previousRow ? [...previousRow] : [];
  const resolved: string[] = [];
  for (const host of sourceCell.match(HOST_NAME) ?? []) {
    const bare = host.toLowerCase().replace(/^(?:www|m)\./, '');
    const pages = new Set(earlier.filter((url) => url.split(/[/?:]/)[0] === bare));
    if (pages.size === 1) resolved.push(...pages);
  }
  return resolved;
}

/** Splits a fact base into units, each with the normalised URLs it cites, directly or by reference. */
export function parseFactBase(from: string, text: string): FactBase {
  const researchDate = /Research date:\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
  const units: FactBaseUnit[] = [];
  const earlier: string[] = [];
  let previousRow: ReadonlySet<string> | null = null;
  for (const raw of splitUnits(text)) {
    const unitText = raw.lines.join('\n');
    const urls = new Set(urlsIn(unitText));
    if (raw.sourceCell !== null && urlsIn(raw.sourceCell).length === 0) {
      for (const url of referencedUrls(raw.sourceCell, previousRow, earlier)) urls.add(url);
    }
    previousRow = raw.sourceCell !== null || raw.continuesTable ? urls : null;
    earlier.push(...urlsIn(unitText));
    units.push({ text: collapseWhitespace(unitText), line: raw.line, urls });
  }
  return { from, researchDate, units };
}
