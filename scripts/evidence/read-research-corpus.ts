import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collapseWhitespace } from './collapse-whitespace.ts';
import { parseFactBase } from './parse-fact-base.ts';
import { FULL_TEXTS, parseNotesFile, type ResearchCorpus } from './research-corpus.ts';

const NOTES_DIR = 'research/sources';
const RESEARCH_DIR = 'research';
const FACT_BASE = /^dialogue-facts[\w-]*\.md$/;

/** Reads the shared research folder: every notes file, every fact base and the kept full texts. */
export function readResearchCorpus(sharedDir: string): ResearchCorpus {
  const read = (from: string) => readFileSync(join(sharedDir, from), 'utf8');
  const notes = readdirSync(join(sharedDir, NOTES_DIR))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${NOTES_DIR}/${name}`)
    .map((from) => parseNotesFile(from, read(from)));
  const factBases = readdirSync(join(sharedDir, RESEARCH_DIR))
    .filter((name) => FACT_BASE.test(name))
    .sort()
    .map((name) => `${RESEARCH_DIR}/${name}`)
    .map((from) => parseFactBase(from, read(from)));
  const fullTexts = Object.entries(FULL_TEXTS).map(([sourceId, from]) => ({
    from,
    sourceId,
    text: collapseWhitespace(read(from)),
  }));
  return { notes, factBases, fullTexts };
}
