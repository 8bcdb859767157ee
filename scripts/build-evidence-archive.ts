// Builds the evidence archive, public/data/evidence/<source>.json: for every quote of the dataset,
// the passage of the shared research that holds it AND belongs to the source the quote cites.
// Append-only: existing files and passages are kept; new passages and new files are added.
// Usage: npm run data:archive [-- SHARED_DIR [DATASET]]   (defaults: ../shared, the bundled dataset)
// Exits 1 when a quote cannot be attributed to its source, or the archive check fails otherwise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseEvidenceArchive,
  type ArchivePassage,
  type EvidenceArchive,
} from '../src/domain/evidence-archive.ts';
import { attributeQuote, findSightings, type Sighting } from './evidence/attribute-quote.ts';
import {
  checkEvidenceArchive,
  passageHolds,
  readArchives,
} from './evidence/check-evidence-archive.ts';
import {
  collectEvidence,
  listSources,
  type ArchivedSourceFields,
  type EvidenceQuote,
} from './evidence/collect-evidence.ts';
import { mergeArchive, serialiseArchive, type ReadingFacts } from './evidence/merge-archive.ts';
import { normaliseUrl } from './evidence/normalise-url.ts';
import { readArchiveFiles, EVIDENCE_ARCHIVE_DIR } from './evidence/read-archive-files.ts';
import { readResearchCorpus } from './evidence/read-research-corpus.ts';

const [sharedDir = '../shared', datasetFile = 'public/data/dialogue-dataset.json'] =
  process.argv.slice(2);

function readOrExit<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(`✖ cannot read ${what}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const dataset: unknown = readOrExit(datasetFile, () =>
  JSON.parse(readFileSync(datasetFile, 'utf8')),
);
const corpus = readOrExit(`the research folder ${sharedDir}`, () => readResearchCorpus(sharedDir));
const sources = listSources(dataset);
const sourceById = new Map(sources.map((source) => [source.id, source]));
const existingFiles = readArchiveFiles(EVIDENCE_ARCHIVE_DIR);
const existing = readArchives(existingFiles, EVIDENCE_ARCHIVE_DIR);
if (existing.problems.length > 0) {
  console.error('✖ the archive has files that are not valid; fix them first, nothing was written:');
  for (const problem of existing.problems) console.error(`  ${problem}`);
  process.exit(1);
}

/** How the research says the page was read: its research date, and a note on what was kept. */
function readingFacts(source: ArchivedSourceFields): ReadingFacts {
  const url = normaliseUrl(source.url);
  const fullText = corpus.fullTexts.find((text) => text.sourceId === source.id);
  const notes = corpus.notes.find((file) => file.mainUrl !== null && file.mainUrl === url);
  const dated = corpus.factBases
    .filter((base) => base.researchDate && base.units.some((unit) => url && unit.urls.has(url)))
    .map((base) => base.researchDate ?? '')
    .sort();
  const note = fullText
    ? `Full text kept in the research folder (${fullText.from}).`
    : notes?.status
      ? `Research notes (${notes.from}): ${notes.status}`
      : undefined;
  return { retrieved: dated.at(-1) ?? null, ...(note ? { note } : {}) };
}

function describeSighting(sighting: Sighting): string {
  const where = sighting.line ? `${sighting.from}:${sighting.line}` : sighting.from;
  if (sighting.fullTextOf) return `${where} (the full text of ${sighting.fullTextOf})`;
  const named = sighting.urls.map(
    (url) => sources.find((source) => normaliseUrl(source.url) === url)?.id ?? url,
  );
  return named.length > 0
    ? `${where}, which names ${named.join(', ')}`
    : `${where}, which names no URL`;
}

const additions = new Map<string, ArchivePassage[]>();
const unattributable: { quote: EvidenceQuote; sightings: Sighting[] }[] = [];
const unknownSources: EvidenceQuote[] = [];
let archivedBefore = 0;
let archivedNow = 0;

// A quote already held by a passage of its source (in the archive, or added in this run) needs none.
function archiveQuote(quote: EvidenceQuote): void {
  const source = sourceById.get(quote.source);
  if (!source) {
    unknownSources.push(quote);
    return;
  }
  const holds = (passage: ArchivePassage) => passageHolds(passage.text, quote.quote);
  if ((existing.archives.get(source.id)?.passages ?? []).some(holds)) {
    archivedBefore += 1;
    return;
  }
  const added = additions.get(source.id) ?? [];
  const attribution = added.some(holds)
    ? null
    : attributeQuote(corpus, source.id, source.url, quote.quote);
  if (!added.some(holds) && !attribution) {
    unattributable.push({ quote, sightings: findSightings(corpus, quote.quote) });
    return;
  }
  archivedNow += 1;
  if (attribution) additions.set(source.id, [...added, attribution]);
}

for (const quote of collectEvidence(dataset)) archiveQuote(quote);

mkdirSync(EVIDENCE_ARCHIVE_DIR, { recursive: true });
const written: string[] = [];
const invalid: string[] = [];
for (const source of sources) {
  const before: EvidenceArchive | null = existing.archives.get(source.id) ?? null;
  const merged = mergeArchive(before, source, additions.get(source.id) ?? [], readingFacts(source));
  const parsed = parseEvidenceArchive(merged);
  if (!parsed.ok) {
    invalid.push(...parsed.problems.map((problem) => `${source.id}.json: ${problem}`));
    continue;
  }
  const name = `${source.id}.json`;
  const text = serialiseArchive(parsed.archive);
  if (existingFiles.get(name) === text) continue;
  writeFileSync(join(EVIDENCE_ARCHIVE_DIR, name), text);
  written.push(before ? `updated ${name}` : `created ${name}`);
}

const quoteCount = collectEvidence(dataset).length;
console.log(
  `Evidence archive (${EVIDENCE_ARCHIVE_DIR}/) for ${sources.length} sources and ${quoteCount} quotes:`,
);
const passagesAdded = [...additions.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`  ${archivedBefore} quotes were already archived`);
console.log(`  ${archivedNow} quotes newly archived, in ${passagesAdded} new passages`);
for (const line of written) console.log(`  ${line}`);

const archiveCheck = checkEvidenceArchive(dataset, readArchiveFiles(EVIDENCE_ARCHIVE_DIR));
const unattributedPaths = new Set(unattributable.map(({ quote }) => `${quote.path}.quote`));
const otherProblems = archiveCheck.filter(
  (problem) => !unattributedPaths.has(problem.split(': ')[0] ?? ''),
);

if (unattributable.length > 0) {
  const count = `${unattributable.length} ${unattributable.length === 1 ? 'quote' : 'quotes'}`;
  console.error(
    `✖ ${count} NOT attributable to the cited source (fix the dataset, or add the passage by hand with a note):`,
  );
  for (const { quote, sightings } of unattributable) {
    console.error(`  ${quote.path}: cites ${quote.source}`);
    console.error(`    "${quote.quote}"`);
    if (sightings.length === 0) console.error('    found nowhere in the research');
    for (const sighting of sightings) console.error(`    found in ${describeSighting(sighting)}`);
  }
}
for (const quote of unknownSources) {
  console.error(`✖ ${quote.path}.source: ${quote.source} is not a source of the dataset`);
}
for (const problem of invalid) console.error(`✖ not written, not valid: ${problem}`);
for (const problem of otherProblems) console.error(`✖ ${problem}`);

const failed =
  unattributable.length + unknownSources.length + invalid.length + otherProblems.length > 0;
if (failed) process.exitCode = 1;
else console.log(`✔ every quote stands in a passage of its own source's archive file`);
