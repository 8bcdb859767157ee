// Checks the dataset's quotes and the evidence archive against the shared research folder:
// 1. every quote stands verbatim (up to white space) in the research material it was taken from:
//    the fact bases, the per-source notes, and the full-text reports;
// 2. every archive passage copied from a shared file (`from`) stands verbatim in that very file.
// Usage: npm run data:quotes [-- SHARED_DIR [DATASET]]   (defaults: ../shared and the bundled dataset)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_ORIGIN } from '../src/data/passage-origin.ts';
import { Dataset } from '../src/data/schema.ts';
import { readArchives } from './evidence/check-evidence-archive.ts';
import { collapseWhitespace } from './evidence/collapse-whitespace.ts';
import { collectEvidence } from './evidence/collect-evidence.ts';
import { EVIDENCE_ARCHIVE_DIR, readArchiveFiles } from './evidence/read-archive-files.ts';
import { readResearchCorpus } from './evidence/read-research-corpus.ts';
import type { ResearchCorpus } from './evidence/research-corpus.ts';

const [sharedDir = '../shared', datasetFile = 'public/data/dialogue-dataset.json'] =
  process.argv.slice(2);

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(
      `✖ cannot read ${path}: the research folder (${sharedDir}) must sit beside the repository`,
    );
    process.exit(2);
  }
}

function readCorpus(): ResearchCorpus {
  try {
    return readResearchCorpus(sharedDir);
  } catch (error) {
    console.error(`✖ cannot read the research folder ${sharedDir}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const research = readCorpus();
const corpus = [
  ...research.factBases.flatMap((base) => base.units.map((unit) => unit.text)),
  ...research.notes.flatMap((notes) => notes.lines.map((line) => line.text)),
  ...research.fullTexts.map((text) => text.text),
].join(' ');
const fullTexts = new Map(research.fullTexts.map((text) => [text.sourceId, text.text]));

const dataset = Dataset.parse(JSON.parse(read(datasetFile)));
const quotes = collectEvidence(dataset);
const quoteFailures: string[] = [];
for (const { path, source, quote: rawQuote } of quotes) {
  const quote = collapseWhitespace(rawQuote);
  const haystack = fullTexts.get(source) ?? corpus;
  if (!haystack.includes(quote)) {
    const where = fullTexts.has(source) ? `the full text of ${source}` : 'the research notes';
    quoteFailures.push(`${path}.quote: not found verbatim in ${where}: "${quote.slice(0, 90)}…"`);
  }
}

if (quoteFailures.length > 0) {
  console.error(`✖ ${quoteFailures.length} of ${quotes.length} quotes are not verbatim:`);
  for (const failure of quoteFailures) console.error(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log(`✔ all ${quotes.length} quotes stand verbatim in the research material`);
}

const sharedFiles = new Map<string, string | null>();
function sharedFileText(from: string): string | null {
  if (!sharedFiles.has(from)) {
    let text: string | null = null;
    try {
      text = collapseWhitespace(readFileSync(join(sharedDir, from), 'utf8'));
    } catch {
      text = null;
    }
    sharedFiles.set(from, text);
  }
  return sharedFiles.get(from) ?? null;
}

const { archives, problems: archiveFailures } = readArchives(
  readArchiveFiles(EVIDENCE_ARCHIVE_DIR),
  EVIDENCE_ARCHIVE_DIR,
);
let passageCount = 0;
for (const [id, archive] of archives) {
  archive.passages.forEach((passage, index) => {
    if (passage.from === SEARCH_ORIGIN) return;
    passageCount += 1;
    const where = `${EVIDENCE_ARCHIVE_DIR}/${id}.json passages[${index}]`;
    const text = sharedFileText(passage.from);
    const passageText = collapseWhitespace(passage.text);
    if (text === null) archiveFailures.push(`${where}: ${passage.from} does not exist`);
    else if (!text.includes(passageText)) {
      archiveFailures.push(
        `${where}: not verbatim in ${passage.from}: "${passageText.slice(0, 90)}…"`,
      );
    }
  });
}

if (archiveFailures.length > 0) {
  console.error(
    `✖ ${archiveFailures.length} problems with the ${passageCount} archive passages copied from the research:`,
  );
  for (const failure of archiveFailures) console.error(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log(
    `✔ all ${passageCount} archive passages stand verbatim in the research file they name`,
  );
}
