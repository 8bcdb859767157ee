import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useOfflineStatus } from '@/boot/use-offline-status';

/**
 * One polite status line about the offline copy: offline now, a new version waiting, or (once,
 * after the first visit cached everything) that the dashboard now works offline.
 */
export function OfflineStatus() {
  const { online, offlineReady, needRefresh, update } = useOfflineStatus();
  const [readyDismissed, setReadyDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useReservedSpace(box);
  // Good news needs no answer: it goes by itself (and sooner with Dismiss).
  const showingReady = offlineReady && !readyDismissed;
  useEffect(() => {
    if (!showingReady) return;
    const timer = setTimeout(() => setReadyDismissed(true), READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [showingReady]);

  let content = null;
  if (needRefresh && update) {
    content = (
      <>
        <span>A new version is available.</span>
        <button
          type="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void update();
          }}
          className="min-h-6 rounded-md border border-line bg-surface px-2 py-0.5 font-medium text-accent"
        >
          Reload
        </button>
      </>
    );
  } else if (!online) {
    content = <span>Offline — showing the saved copy.</span>;
  } else if (offlineReady && !readyDismissed) {
    content = (
      <>
        <span>Available offline: this dashboard now opens without a network connection.</span>
        <button
          type="button"
          onClick={() => setReadyDismissed(true)}
          className="min-h-6 rounded-md border border-line bg-surface px-2 py-0.5"
        >
          Dismiss
        </button>
      </>
    );
  }

  // Fixed in a corner: a message that appears after the first paint must not shift the page.
  return (
    <div
      ref={box}
      role="status"
      aria-live="polite"
      className="fixed right-4 bottom-4 z-40 flex max-w-xs flex-wrap items-center gap-2 rounded-lg border border-line bg-surface p-3 text-sm shadow-lg empty:hidden print:hidden"
    >
      {content}
    </div>
  );
}

/** How long "Available offline" stays before it goes by itself. */
export const READY_SHOWN_MS = 15_000;

/** Gap between the message and the bottom edge of the window (Tailwind's bottom-4). */
const BOTTOM_GAP_PX = 16;

/**
 * Keeps `--status-space` at the height the message covers (0 while it is empty and hidden), so that
 * on a phone, where it spans the width, it never hides the focused control (WCAG 2.4.11) or the end
 * of the page.
 */
function useReservedSpace(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const reserve = () => {
      const height = element.offsetHeight;
      root.style.setProperty('--status-space', `${height > 0 ? height + BOTTOM_GAP_PX : 0}px`);
    };
    reserve();
    const observer = new ResizeObserver(reserve);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--status-space');
    };
  }, [box]);
}
