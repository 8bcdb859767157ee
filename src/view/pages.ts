/**
 * The dashboard's pages: each answers one kind of question and has its own address under the app's
 * base path (`/`, `/meetings/`, …), which keeps the filters in its query string. Every page is
 * prerendered into its own `index.html`, so an address works on any static host.
 */
export const PAGES = [
  { id: 'overview', label: 'Overview', title: 'Overview' },
  { id: 'meetings', label: 'Meetings', title: 'Meetings and high-level contacts' },
  { id: 'readouts', label: 'Readouts', title: 'Who said what: the readouts compared' },
  { id: 'topics', label: 'Topics', title: 'Topics raised and how the dialogues compare' },
  { id: 'commitments', label: 'Commitments', title: 'Reform commitments and independent reviews' },
  { id: 'sources', label: 'Sources', title: 'Latest developments, sources and the changelog' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];
export type Page = (typeof PAGES)[number];

const PAGE_IDS: readonly string[] = PAGES.map((page) => page.id);

export function isPageId(value: string): value is PageId {
  return PAGE_IDS.includes(value);
}

export function pageById(id: PageId): Page {
  return PAGES.find((page) => page.id === id) ?? PAGES[0];
}

/** A page's path under `base` (which ends in `/`): the Overview is `base` itself. */
export function pagePath(base: string, page: PageId): string {
  return page === 'overview' ? base : `${base}${page}/`;
}

/**
 * The page a path names: `base` (or its `index.html`) is the Overview, `base + 'meetings/'` (with
 * or without the slash or `index.html`) the meetings page; a path the app does not know is `null`.
 */
export function pageFromPath(base: string, pathname: string): PageId | null {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return null;
  const rest = pathname
    .slice(base.length)
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\/$/, '');
  if (rest === '') return 'overview';
  return isPageId(rest) && rest !== 'overview' ? rest : null;
}

/** The window title of the Overview, as index.html has it. */
export const APP_TITLE = 'Dialogue Tracker — US–Kazakhstan Human Rights Dialogue';

/** The window title of a page. */
export function pageTitle(page: PageId): string {
  return page === 'overview' ? APP_TITLE : `${pageById(page).title} · ${APP_TITLE}`;
}
