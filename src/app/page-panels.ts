import type { ComponentType } from 'react';
import { PAGES, type PageId } from '@/view/pages';
import { isModuleNotLoaded } from '@/components/chart/chart-failure';

/** A page's panels in order: the name its error boundary reports, and the panel. */
export type PagePanels = readonly (readonly [name: string, panel: ComponentType])[];

// One chunk per page: a first view runs the shell and its own page's panels, not all six pages'
// (docs/architecture.md, "One chunk per page"). The build finds each page's chunk by these
// modules' paths (scripts/page-chunks.ts) to preload it from the page's HTML.
const PAGE_MODULES: Record<PageId, () => Promise<PagePanels>> = {
  overview: () => import('@/app/pages/overview-panels').then((m) => m.OVERVIEW_PANELS),
  meetings: () => import('@/app/pages/meetings-panels').then((m) => m.MEETINGS_PANELS),
  readouts: () => import('@/app/pages/readouts-panels').then((m) => m.READOUTS_PANELS),
  topics: () => import('@/app/pages/topics-panels').then((m) => m.TOPICS_PANELS),
  commitments: () => import('@/app/pages/commitments-panels').then((m) => m.COMMITMENTS_PANELS),
  sources: () => import('@/app/pages/sources-panels').then((m) => m.SOURCES_PANELS),
};

type Loading = { promise: Promise<PagePanels>; panels?: PagePanels; failed?: true };

// One promise per page, kept: React's `use` needs the same promise on every render, and a failed
// load stays failed (its error shown) until something asks again with `retry`. (A module that
// could not be fetched stays failed in Chromium until the page is reloaded; other errors may not.)
const loads = new Map<PageId, Loading>();

/** Loads a page's panels once; `retry` loads again a page whose code could not be fetched. */
export function loadPagePanels(page: PageId, { retry = false } = {}): Promise<PagePanels> {
  const known = loads.get(page);
  if (known && !(retry && known.failed)) return known.promise;
  const loading: Loading = {
    promise: PAGE_MODULES[page]().then(
      (panels) => {
        loading.panels = panels;
        return panels;
      },
      (error: unknown) => {
        loading.failed = true;
        if (!isModuleNotLoaded(error)) throw error;
        throw new Error(
          'Its code could not be loaded: the connection seems to be down. Retry (reload the page) once you are back online.',
          { cause: error },
        );
      },
    ),
  };
  loads.set(page, loading);
  return loading.promise;
}

/** A page's panels if its code is already loaded: then it renders without suspending. */
export function loadedPagePanels(page: PageId): PagePanels | undefined {
  return loads.get(page)?.panels;
}

/** Fetches a page's code ahead of a move to it (a failure is reported when the page is shown). */
export function prefetchPage(page: PageId): void {
  loadPagePanels(page, { retry: true }).catch(() => {});
}

/**
 * Loads the other pages' code in idle moments, one page at a time, on a visit the service worker
 * already controls: the code is then in its cache, so this costs a parse and no download. On a
 * first visit the worker is downloading every chunk meanwhile, and the pages' links prefetch
 * their own on hover and focus instead.
 */
export function prefetchPagesWhenIdle(shown: PageId): void {
  const controlled = 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
  if (!controlled || typeof requestIdleCallback !== 'function') return;
  const waiting = PAGES.map(({ id }) => id).filter((id) => id !== shown);
  const next = () => {
    const page = waiting.shift();
    if (page) requestIdleCallback(() => void loadPagePanels(page).then(next, next));
  };
  next();
}
