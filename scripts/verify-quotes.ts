// Checks the dataset's quotes and the evidence archive against the shared research folder:
// 1. every quote stands verbatim (up to white space) in the archive file of the source it cites
//    (the rule npm test also applies);
// 2. every archive passage copied from a shared file (`from`) stands verbatim in that very file.
// A passage found by search names its page instead, so it is checked by the first rule only.
// Usage: npm run data:quotes [-- SHARED_DIR [DATASET]]   (defaults: ../shared and the bundled dataset)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_ORIGIN } from '../src/domain/passage-origin.ts';
import { Dataset } from '../src/domain/schema.ts';
import { checkEvidenceArchive, readArchives } from './evidence/check-evidence-archive.ts';
import { collapseWhitespace } from './evidence/collapse-whitespace.ts';
import { collectEvidence } from './evidence/collect-evidence.ts';
import { EVIDENCE_ARCHIVE_DIR, readArchiveFiles } from './evidence/read-archive-files.ts';

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

const dataset = Dataset.parse(JSON.parse(read(datasetFile)));
const quotes = collectEvidence(dataset);
const archiveFiles = readArchiveFiles(EVIDENCE_ARCHIVE_DIR);
// The same per-source rule as npm test: each quote stands in its own source's archive file.
const quoteFailures = checkEvidenceArchive(dataset, archiveFiles, EVIDENCE_ARCHIVE_DIR);
if (quoteFailures.length > 0) {
  console.error(
    `✖ ${quoteFailures.length} problems with the ${quotes.length} quotes and their archive:`,
  );
  for (const failure of quoteFailures) console.error(`  ${failure}`);
  process.exitCode = 1;
} else {
  console.log(
    `✔ all ${quotes.length} quotes stand verbatim in the archive file of the source they cite`,
  );
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

const { archives, problems: archiveFailures } = readArchives(archiveFiles, EVIDENCE_ARCHIVE_DIR);
let passageCount = 0;
let searched = 0;
for (const [id, archive] of archives) {
  archive.passages.forEach((passage, index) => {
    if (passage.from === SEARCH_ORIGIN) {
      searched += 1;
      return;
    }
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
    `✔ all ${passageCount} archive passages stand verbatim in the research file they name; ${searched} more were found by search and carry their page, its date and the day it was read`,
  );
}
