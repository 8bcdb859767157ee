import { MARKER } from '@/boot/page-markers';

/**
 * The most elements laid out in one step. A phone lays out about this many in a few tens of
 * milliseconds (at 4× CPU throttling), well under the 50 ms that counts as a long task.
 */
export const LAYOUT_STEP_ELEMENTS = 120;

/**
 * Splits `element` into parts of at most `limit` descendants: itself when small enough (or when it
 * has no children to split into), otherwise the parts of each child in document order.
 */
export function layoutChunks(element: Element, limit = LAYOUT_STEP_ELEMENTS): Element[] {
  if (element.children.length === 0 || element.getElementsByTagName('*').length <= limit)
    return [element];
  return [...element.children].flatMap((child) => layoutChunks(child, limit));
}

/**
 * The prerendered page lets the browser skip laying out the panels below the fold
 * (`content-visibility: auto` under `#root[data-deferred-layout]`, see scripts/prerender.ts), so
 * the first paint costs the first screen, not all 2,000 elements. Once the app is live the panels
 * are laid out a piece per frame: a big panel is split into parts of at most
 * LAYOUT_STEP_ELEMENTS elements, which stay skipped until their turn, as laying out a whole panel
 * (or page) at once would block input for a moment. Then the marker goes, so that a jump to a far
 * panel lands where the panel really is. (From then on a panel far from the screen is skipped again,
 * at the size it was drawn at: see use-skip-drawn-panels.ts.) `onDone` runs when all is laid out.
 */
export function layOutPanelsGradually(root: HTMLElement, onDone?: () => void): void {
  if (!root.hasAttribute(MARKER.deferredLayout)) {
    onDone?.();
    return;
  }
  const touched: HTMLElement[] = [];
  // A section is split when its turn comes, not all up front: splitting counts every element of
  // the section, and doing it for the whole page at once was a long task of its own on a phone.
  const steps = [...root.querySelectorAll<HTMLElement>(`[${MARKER.panels}] section`)].map(
    (section) => () => {
      // A section the browser already draws (on the first screen) is laid out whole: split, its
      // parts would each be skipped for a frame, at no height, and the page would jump.
      const drawn = section.firstElementChild?.checkVisibility?.({ contentVisibilityAuto: true });
      const parts = (drawn ? [] : layoutChunks(section)).filter(
        (part): part is HTMLElement => part !== section && part instanceof HTMLElement,
      );
      for (const part of parts) part.style.contentVisibility = 'auto';
      section.style.contentVisibility = 'visible';
      touched.push(section, ...parts);
      steps.unshift(
        ...parts.map((part) => () => {
          part.style.contentVisibility = 'visible';
        }),
      );
    },
  );
  const nextFrame = () => requestAnimationFrame(() => setTimeout(next, 0));
  const next = () => {
    const step = steps.shift();
    if (!step) {
      root.removeAttribute(MARKER.deferredLayout);
      for (const element of touched) element.style.removeProperty('content-visibility');
      onDone?.();
      return;
    }
    step();
    nextFrame();
  };
  // Not in the caller's task: that is the app's first commit, already long enough on a phone.
  nextFrame();
}
