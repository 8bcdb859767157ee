import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from '@/app/app-root';
import { createQueryClient } from '@/app/query-client';
import { markAppReady } from '@/boot/mark-app-ready';
import { MARKER } from '@/boot/page-markers';
import { prerenderedViewFits } from '@/boot/prerendered-view';
import { datasetQueryOptions } from '@/data/dataset-query';
import { pinRenderDate } from '@/view/use-today';
import { currentPage } from '@/view/use-page';
import { loadPagePanels, prefetchPagesWhenIdle } from '@/app/page-panels';
import { compareText } from '@/lib/compare-text';

/**
 * Starts the dashboard in `root`: hydrates the prerendered view, or renders from scratch. `onReady`
 * runs once, when the app is live.
 */
export async function startApp(root: HTMLElement, onReady?: () => void): Promise<void> {
  const queryClient = createQueryClient();
  const page = currentPage();
  // The page's own panels are a chunk of their own (preloaded by its HTML): fetched beside the
  // dataset, and awaited before the first render, which must not suspend (no fallback replacing
  // the prerendered page).
  const pageLoading = loadPagePanels(page).catch(() => {});
  const onCommitted = () => {
    markAppReady(root, onReady);
    prefetchPagesWhenIdle(page);
  };
  const renderedOn = root.getAttribute(MARKER.prerendered);
  if (renderedOn !== null && prerenderedViewFits(root.getAttribute(MARKER.prerenderedPage), page)) {
    // The prerendered page stays on screen meanwhile; the fetch reuses index.html's preload.
    const loading = queryClient.prefetchQuery(datasetQueryOptions);
    // The first comparison loads the browser's collation data (tens of ms on a phone): done while
    // the dataset downloads, not in the middle of hydration, whose panels sort their rows.
    compareText('a', 'b');
    await loading;
    await pageLoading;
    if (queryClient.getQueryState(datasetQueryOptions.queryKey)?.status === 'success') {
      pinRenderDate(renderedOn);
      // A transition makes hydration interruptible: React yields every few milliseconds instead
      // of blocking the main thread for the whole page (Total Blocking Time, input delay).
      startTransition(() => {
        hydrateRoot(root, <AppRoot queryClient={queryClient} onCommitted={onCommitted} />, {
          onRecoverableError: (error, info) => {
            // The prerendered page and the app disagreed; the e2e tests fail on this message.
            console.error(
              'Hydration failed; the page was rendered afresh.',
              error,
              info.componentStack,
            );
          },
        });
      });
      return;
    }
    // The dataset failed to load: the error state replaces the prerendered page.
  }
  await pageLoading;
  const fresh = createRoot(root);
  startTransition(() =>
    fresh.render(<AppRoot queryClient={queryClient} onCommitted={onCommitted} />),
  );
}
