import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from '@/app/app-root';
import { createQueryClient } from '@/app/query-client';
import { prerenderedViewFits } from '@/app/prerendered-view';
import { datasetQueryOptions } from '@/data/dataset-query';
import { pinRenderDate } from '@/filters/use-today';

/**
 * Marks the root live (`data-app-ready`) and re-enables the controls that the prerendered page
 * keeps disabled until the app can handle them (see scripts/prerender.ts).
 */
function markReady(root: HTMLElement, onReady?: () => void): void {
  if (root.dataset.appReady !== undefined) return;
  for (const control of root.querySelectorAll('[data-prerender-disabled]')) {
    control.removeAttribute('disabled');
    control.removeAttribute('data-prerender-disabled');
  }
  delete root.dataset.staleView;
  root.dataset.appReady = '';
  onReady?.();
}

/**
 * Starts the dashboard in `root`: hydrates the prerendered view, or renders from scratch. `onReady`
 * runs once, when the app is live.
 */
export async function startApp(root: HTMLElement, onReady?: () => void): Promise<void> {
  const queryClient = createQueryClient();
  const onCommitted = () => markReady(root, onReady);
  if (root.dataset.prerendered !== undefined && prerenderedViewFits()) {
    // The prerendered page stays on screen meanwhile; the fetch reuses index.html's preload.
    await queryClient.prefetchQuery(datasetQueryOptions);
    if (queryClient.getQueryState(datasetQueryOptions.queryKey)?.status === 'success') {
      pinRenderDate(root.dataset.prerendered);
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
  const fresh = createRoot(root);
  startTransition(() =>
    fresh.render(<AppRoot queryClient={queryClient} onCommitted={onCommitted} />),
  );
}
