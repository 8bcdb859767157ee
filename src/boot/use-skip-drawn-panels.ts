import { useEffect, type RefObject } from 'react';
import { MARKER } from '@/boot/page-markers';

/**
 * Whether the browser draws the element's content now, rather than skipping it as off screen. A
 * browser without checkVisibility() counts as drawing it: at worst a panel keeps a placeholder size.
 */
function contentDrawn(section: Element): boolean {
  const content = section.firstElementChild;
  if (!content || typeof content.checkVisibility !== 'function') return true;
  return content.checkVisibility({ contentVisibilityAuto: true });
}

/**
 * Marks each panel (a `section` child of the area) once it has been drawn and is out of view.
 * index.css then lets the browser skip it while it is far from the screen (`content-visibility:
 * auto`), so that a filter change restyles and lays out only the panels in view. Not before it was
 * drawn: a panel never drawn has only a placeholder height, and the page would shift as the reader
 * (or a jump) reaches it; once drawn, `contain-intrinsic-size: auto` keeps the height it was drawn
 * at. Not while in view: Chromium skips a panel for the first frame after it becomes `auto`, and
 * everything in view jumped (CLS 0.22 on a phone, for the panel at the top of a page).
 */
export function useSkipDrawnPanels(areaRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    // Resize observations come right after layout, when the browser has just recorded the size.
    // Its first report says whether a panel is in view now; later ones, when it leaves the view.
    const views =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            for (const { target, isIntersecting } of entries) {
              if (isIntersecting) continue;
              target.setAttribute(MARKER.drawn, '');
              views?.unobserve(target);
            }
          });
    const markIfDrawn = (target: Element) => {
      if (!contentDrawn(target)) return;
      resizes.unobserve(target);
      if (views) views.observe(target);
      else target.setAttribute(MARKER.drawn, '');
    };
    const resizes = new ResizeObserver((entries) => {
      for (const { target } of entries) markIfDrawn(target);
    });
    // A panel the deferred layout skipped (deferred-layout.ts) can be drawn at the end of it at
    // the height it was already laid out at: no resize tells of it, so look again then.
    const root = area.closest(`[${MARKER.prerendered}]`);
    const layoutDone = new MutationObserver(() => {
      if (root?.hasAttribute(MARKER.deferredLayout)) return;
      requestAnimationFrame(() => {
        for (const child of area.children)
          if (child.tagName === 'SECTION' && !child.hasAttribute(MARKER.drawn)) markIfDrawn(child);
      });
    });
    if (root) layoutDone.observe(root, { attributeFilter: [MARKER.deferredLayout] });
    const observeNewPanels = () => {
      for (const child of area.children) {
        if (child.tagName === 'SECTION' && !child.hasAttribute(MARKER.drawn))
          resizes.observe(child);
      }
    };
    observeNewPanels();
    // A panel can appear later: after an error boundary resets, or with another dataset.
    const additions = new MutationObserver(observeNewPanels);
    additions.observe(area, { childList: true });
    return () => {
      resizes.disconnect();
      additions.disconnect();
      layoutDone.disconnect();
      views?.disconnect();
    };
  }, [areaRef]);
}
