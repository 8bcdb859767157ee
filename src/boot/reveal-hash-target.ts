/** What counts as the reader taking over the scroll position. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** How long to wait for the named element to be rendered (a deep link renders the app afresh). */
const WAIT_MS = 10_000;

/**
 * Starts watching for the reader's input and returns `reveal`: called once the app is live and laid
 * out, it scrolls the element named by the address's fragment (`/?since=1.0.0#changelog`) into
 * view, waiting up to WAIT_MS for it to be rendered, unless the reader has scrolled, typed or
 * clicked in the meantime. The browser's own jump happens while the page loads: for a deep link
 * the element does not exist yet, and the panels above it are still being laid out.
 */
export function watchForHashTarget(win: Window = window): () => void {
  let touched = false;
  const touch = () => {
    touched = true;
  };
  for (const type of READER_INPUT)
    win.addEventListener(type, touch, { passive: true, capture: true });
  const stop = () => {
    for (const type of READER_INPUT) win.removeEventListener(type, touch, { capture: true });
  };
  return () => {
    let id = '';
    try {
      id = decodeURIComponent(win.location.hash.slice(1));
    } catch {
      // A malformed fragment names nothing.
    }
    const reveal = (): boolean => {
      const target = id === '' || touched ? null : win.document.getElementById(id);
      target?.scrollIntoView({ block: 'start' });
      return target !== null || id === '' || touched;
    };
    if (reveal()) return stop();
    const observer = new MutationObserver(() => {
      if (!reveal()) return;
      observer.disconnect();
      stop();
    });
    observer.observe(win.document.body, { childList: true, subtree: true });
    win.setTimeout(() => {
      observer.disconnect();
      stop();
    }, WAIT_MS);
  };
}
