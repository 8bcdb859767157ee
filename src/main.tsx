import '@/index.css';
import { afterFirstPaint } from '@/boot/after-first-paint';
import { layOutPanelsGradually } from '@/boot/deferred-layout';
import { MARKER } from '@/boot/page-markers';
import { prerenderedViewFits } from '@/boot/prerendered-view';
import { watchForHashTarget } from '@/boot/reveal-hash-target';
import { pageFromPath } from '@/view/pages';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (
  root.hasAttribute(MARKER.prerendered) &&
  !prerenderedViewFits(
    root.getAttribute(MARKER.prerenderedPage),
    pageFromPath(import.meta.env.BASE_URL, location.pathname) ?? 'overview',
  )
) {
  // Never show the default view as if it answered a deep link (see index.css).
  root.setAttribute(MARKER.staleView, '');
}

// A link to a panel (`#latest`, `#changelog`) lands on it once the page below has its final height.
const revealHashTarget = watchForHashTarget();

afterFirstPaint(root, () => {
  void import('@/entry-client')
    .then(({ startApp }) => startApp(root, () => layOutPanelsGradually(root, revealHashTarget)))
    .catch(() => {
      if (root.hasAttribute(MARKER.staleView)) root.setAttribute(MARKER.staleView, 'failed');
    });
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('@/boot/register-service-worker').then(({ registerServiceWorker }) =>
      registerServiceWorker(),
    );
  }
});
