import { loadPagePanels } from '@/app/page-panels';
import { PAGES } from '@/view/pages';

/**
 * Loads every page's panels, as the app loads the shown page's before its first render (the
 * prerender and the hydration await it), so a test can render any page and query it at once.
 */
export async function loadEveryPage(): Promise<void> {
  await Promise.all(PAGES.map(({ id }) => loadPagePanels(id)));
}
