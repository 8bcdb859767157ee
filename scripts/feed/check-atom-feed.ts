// Checks the structure of an Atom feed with a real XML parser (jsdom's DOMParser in Node, the
// browser's in the end-to-end test): well-formed XML 1.0 and the parts of RFC 4287 the feed uses.
import { calendarDateProblem } from '@/lib/dates';
import { ATOM_NAMESPACE } from './atom-feed.ts';

/** Parses XML text as `DOMParser.parseFromString(text, 'application/xml')` does. */
export type XmlParser = (xml: string) => Document;

const RFC_3339 =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z\d+.-]*:\S+$/i;

const atomChildren = (parent: Element, name: string) =>
  [...parent.children].filter(
    (child) => child.namespaceURI === ATOM_NAMESPACE && child.localName === name,
  );

/** Why a date is not an RFC 3339 date-time, or null when it is one. */
function dateTimeProblem(value: string): string | null {
  const match = RFC_3339.exec(value);
  if (!match) return `"${value}" is not an RFC 3339 date-time`;
  const dayProblem = calendarDateProblem(match[1] ?? '');
  return dayProblem ? `"${value}": ${dayProblem}` : null;
}

/** Why a link is neither an absolute http(s) URL nor a root-relative path, or null. */
function hrefProblem(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return null;
  try {
    const { protocol } = new URL(href);
    if (protocol === 'http:' || protocol === 'https:') return null;
  } catch {
    // Reported below like any other refused link.
  }
  return `link "${href}" is neither an absolute http(s) URL nor a root-relative path`;
}

/** Checks the elements every feed and every entry needs; reports problems with `where`. */
function checkRequired(element: Element, where: string, report: (text: string) => void): void {
  for (const name of ['id', 'title', 'updated']) {
    const found = atomChildren(element, name);
    if (found.length !== 1) report(`${where} has ${found.length} <${name}> elements, not 1`);
    else if ((found[0]?.textContent ?? '').trim() === '') report(`${where} has an empty <${name}>`);
  }
  for (const updated of atomChildren(element, 'updated')) {
    const problem = dateTimeProblem(updated.textContent ?? '');
    if (problem) report(`${where}: ${problem}`);
  }
  for (const id of atomChildren(element, 'id')) {
    if (!ABSOLUTE_IRI.test(id.textContent ?? ''))
      report(`${where}: id "${id.textContent}" is not an absolute IRI`);
  }
}

const relOf = (link: Element) => link.getAttribute('rel') ?? 'alternate';

/**
 * The problems of an Atom 1.0 feed, one sentence each; empty when it holds. Checks: well-formed
 * XML; a `feed` root in the Atom namespace; exactly one id, title and updated (RFC 3339, a real
 * day) on the feed and on each entry; ids absolute and unique; an author; one self link and an
 * alternate link on the feed; an alternate link and a non-empty summary on each entry; every link
 * absolute http(s) or root-relative; entries newest first and none newer than the feed.
 */
export function checkAtomFeed(xml: string, parse: XmlParser): string[] {
  const document = parse(xml);
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) return [`not well-formed XML: ${error.textContent?.trim() ?? ''}`];
  const feed = document.documentElement;
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM_NAMESPACE)
    return [`the root is <${feed.localName}> in ${feed.namespaceURI}, not an Atom <feed>`];

  const problems: string[] = [];
  const report = (text: string) => problems.push(text);
  checkRequired(feed, 'the feed', report);
  const feedLinks = atomChildren(feed, 'link');
  const selfLinks = feedLinks.filter((link) => relOf(link) === 'self').length;
  if (selfLinks !== 1) report(`the feed has ${selfLinks} self links, not 1`);
  if (!feedLinks.some((link) => relOf(link) === 'alternate'))
    report('the feed has no alternate link');
  const entries = atomChildren(feed, 'entry');
  const feedAuthor = atomChildren(feed, 'author').length > 0;

  const ids = new Map<string, string>();
  const noteId = (element: Element, where: string) => {
    const id = atomChildren(element, 'id')[0]?.textContent ?? '';
    const first = ids.get(id);
    if (first) report(`${where} repeats the id ${id} of ${first}`);
    else ids.set(id, where);
  };
  noteId(feed, 'the feed');
  const feedUpdated = Date.parse(atomChildren(feed, 'updated')[0]?.textContent ?? '');
  let previous = Number.POSITIVE_INFINITY;
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    checkRequired(entry, where, report);
    noteId(entry, where);
    if (!feedAuthor && atomChildren(entry, 'author').length === 0) report(`${where} has no author`);
    if (!atomChildren(entry, 'link').some((link) => relOf(link) === 'alternate'))
      report(`${where} has no alternate link`);
    const summaries = atomChildren(entry, 'summary');
    if (summaries.length !== 1 || (summaries[0]?.textContent ?? '').trim() === '')
      report(`${where} needs exactly one non-empty <summary>`);
    const updated = Date.parse(atomChildren(entry, 'updated')[0]?.textContent ?? '');
    if (updated > previous) report(`${where} is newer than the entry before it`);
    if (updated > feedUpdated) report(`${where} is newer than the feed's <updated>`);
    if (!Number.isNaN(updated)) previous = updated;
  });
  for (const link of feed.getElementsByTagNameNS(ATOM_NAMESPACE, 'link')) {
    const problem = hrefProblem(link.getAttribute('href') ?? '');
    if (problem) report(problem);
  }
  return problems;
}
