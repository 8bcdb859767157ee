// `npm run feed:check [file]`: checks the built Atom feed (dist/feed.xml by default) with jsdom's
// XML parser, prints each problem and exits 1 if there is any.
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { checkAtomFeed } from './check-atom-feed.ts';
import { FEED_FILE } from './feed-address.ts';

const file = process.argv[2] ?? `dist/${FEED_FILE}`;
const { DOMParser } = new JSDOM('').window;
const parser = new DOMParser();
const xml = await readFile(file, 'utf8');
const problems = checkAtomFeed(xml, (text) => parser.parseFromString(text, 'application/xml'));
const entries = (xml.match(/<entry>/g) ?? []).length;
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
} else {
  console.log(`${file}: a valid Atom feed with ${entries} entries`);
}
