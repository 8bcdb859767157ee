import { MARKER } from '@/boot/page-markers';

/** Never wait longer: a tab hidden right after loading paints only when shown again. */
const LONGEST_WAIT_MS = 3000;

/**
 * Runs `start` once the prerendered page in `root` has painted, so that fetching and running the
 * app's code never delays the first paint; without prerendered markup (or in a hidden tab) it
 * runs at once.
 */
export function afterFirstPaint(root: HTMLElement, start: () => void): void {
  if (!root.hasAttribute(MARKER.prerendered) || document.visibilityState === 'hidden') {
    start();
    return;
  }
  let started = false;
  let observer: PerformanceObserver | undefined;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  setTimeout(once, LONGEST_WAIT_MS);
}
