import { parseEvidenceArchive, type EvidenceArchive } from '../../src/domain/evidence-archive.ts';
import { collapseWhitespace } from './collapse-whitespace.ts';
import { collectEvidence, listSources, type EvidenceQuote } from './collect-evidence.ts';

/** Reads an archive folder's files (name → text) into archives by source id, with their problems. */
export function readArchives(
  files: ReadonlyMap<string, string>,
  dir: string,
): { archives: Map<string, EvidenceArchive>; problems: string[]; unreadable: Set<string> } {
  const archives = new Map<string, EvidenceArchive>();
  const problems: string[] = [];
  const unreadable = new Set<string>();
  for (const [name, text] of files) {
    const id = name.replace(/\.json$/, '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(`${dir}/${name}: not JSON (${(error as Error).message})`);
      unreadable.add(id);
      continue;
    }
    const parsed = parseEvidenceArchive(json);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((problem) => `${dir}/${name}: ${problem}`));
      unreadable.add(id);
    } else archives.set(id, parsed.archive);
  }
  return { archives, problems, unreadable };
}

/** Whether a passage holds a quote, both with white space collapsed. */
export function passageHolds(passageText: string, quote: string): boolean {
  return collapseWhitespace(passageText).includes(collapseWhitespace(quote));
}

function quoteProblem(
  quote: EvidenceQuote,
  archives: ReadonlyMap<string, EvidenceArchive>,
  dir: string,
): string | null {
  const own = archives.get(quote.source);
  if (!own || own.passages.some((passage) => passageHolds(passage.text, quote.quote))) return null;
  const elsewhere = [...archives.values()]
    .filter((archive) =>
      archive.passages.some((passage) => passageHolds(passage.text, quote.quote)),
    )
    .map((archive) => archive.source);
  const hint = elsewhere.length > 0 ? ` (it is in the archive of ${elsewhere.join(', ')})` : '';
  return `${quote.path}.quote: not in ${dir}/${quote.source}.json${hint}`;
}

/**
 * Every way the evidence archive (archive file name → text) fails the dataset, as messages naming
 * the JSON path and the file; an empty list when each quote stands in its own source's archive.
 */
export function checkEvidenceArchive(
  dataset: unknown,
  files: ReadonlyMap<string, string>,
  dir = 'public/data/evidence',
): string[] {
  const { archives, problems, unreadable } = readArchives(files, dir);
  const sources = new Map(listSources(dataset).map((source) => [source.id, source]));
  const quotes = collectEvidence(dataset);

  for (const [id, archive] of archives) {
    const file = `${dir}/${id}.json`;
    const source = sources.get(id);
    if (archive.source !== id) {
      problems.push(`${file}: source is "${archive.source}", but the file is named for "${id}"`);
    }
    if (!source) {
      problems.push(`${file}: ${id} is not a source of the dataset (an orphan file)`);
    } else if (archive.url !== source.url) {
      problems.push(
        `${file}: url ${archive.url} is not the dataset's (sources[${source.index}].url is ${source.url})`,
      );
    }
  }
  for (const source of sources.values()) {
    if (!archives.has(source.id) && !unreadable.has(source.id)) {
      problems.push(
        `sources[${source.index}]: ${source.id} has no archive file ${dir}/${source.id}.json`,
      );
    }
  }
  for (const quote of quotes) {
    const problem = quoteProblem(quote, archives, dir);
    if (problem) problems.push(problem);
  }
  for (const [id, archive] of archives) {
    if (!sources.has(id)) continue;
    const own = quotes.filter((quote) => quote.source === id);
    archive.passages.forEach((passage, index) => {
      if (own.some((quote) => passageHolds(passage.text, quote.quote))) return;
      const excerpt = collapseWhitespace(passage.text).slice(0, 80);
      problems.push(
        `${dir}/${id}.json: passages[${index}] is quoted by no evidence of ${id}: "${excerpt}…"`,
      );
    });
  }
  return problems;
}
