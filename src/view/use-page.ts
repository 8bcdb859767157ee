import { enableHistorySync } from 'nuqs/adapters/react';
import { useCallback, useSyncExternalStore } from 'react';
import { pageFromPath, pagePath, type PageId } from '@/view/pages';
import { ControlFiltersContext, useViewContext, type RawFilters } from '@/view/view-context';
import { serializeView } from '@/view/view-params';

/** Fired on `window` after the app itself moved to another page (pushState fires no event). */
const NAVIGATED = 'dialogue-tracker:navigated';

let renderedPage: PageId | undefined;

/** The page the build is prerendering (the server has no `location` to read it from). */
export function pinRenderPage(page: PageId | undefined): void {
  renderedPage = page;
}

/** Calls `onChange` whenever the address changes: Back, Forward, a fragment, a page link. */
export function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The page the address names; an address the app does not know shows the Overview. */
export function currentPage(location: Pick<Location, 'pathname'> = window.location): PageId {
  return pageFromPath(import.meta.env.BASE_URL, location.pathname) ?? 'overview';
}

const serverPage = () => renderedPage ?? currentPage();

/** The page shown: read from the address, so Back and Forward move between pages. */
export function usePage(): PageId {
  return useSyncExternalStore(subscribeToAddress, () => currentPage(), serverPage);
}

/** The address of `page` with the query string `search` (`''` or `?…`). */
export function pageHref(page: PageId, search: string): string {
  return `${pagePath(import.meta.env.BASE_URL, page)}${search}`;
}

/**
 * Each page's address with the current filters, or with some of them changed (`{ statuses:
 * ['complete'] }`), and nothing a single page keeps, such as a sort.
 */
export function usePageHref(): (page: PageId, change?: Partial<RawFilters>) => string {
  const { raw } = useViewContext(ControlFiltersContext);
  return useCallback((page, change) => pageHref(page, serializeView({ ...raw, ...change })), [raw]);
}

/**
 * Moves to the address `href` (one history entry) and shows it from its top; an element its
 * fragment names scrolls itself into view once rendered (`useAddressTarget`).
 */
export function navigateTo(href: string): void {
  // nuqs then sees a query string written outside it (the page's filters), as after Back.
  enableHistorySync();
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
