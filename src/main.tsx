import '@/index.css';
import { prerenderedViewFits } from '@/app/prerendered-view';
import { layOutPanelsGradually } from '@/app/deferred-layout';
import { watchForHashTarget } from '@/app/reveal-hash-target';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (root.dataset.prerendered !== undefined && !prerenderedViewFits()) {
  // Never show the default view as if it answered a deep link (see index.css).
  root.dataset.staleView = '';
}

/**
 * Runs `start` once the prerendered page has painted, so that fetching and running the app's code
 * never delays the first paint; without prerendered markup (or in a hidden tab) it runs at once.
 */
function afterFirstPaint(start: () => void): void {
  if (root?.dataset.prerendered === undefined || document.visibilityState === 'hidden') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  let observer: PerformanceObserver | undefined;
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  // Never wait forever (a tab hidden right after loading paints only when shown again).
  setTimeout(once, 3000);
}

// A link to a panel (`#latest`, `#changelog`) lands on it once the page below has its final height.
const revealHashTarget = watchForHashTarget();

afterFirstPaint(() => {
  void import('@/entry-client')
    .then(({ startApp }) => startApp(root, () => layOutPanelsGradually(root, revealHashTarget)))
    .catch(() => {
      if (root.dataset.staleView !== undefined) root.dataset.staleView = 'failed';
    });
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('@/app/register-service-worker').then(({ registerServiceWorker }) =>
      registerServiceWorker(),
    );
  }
});
