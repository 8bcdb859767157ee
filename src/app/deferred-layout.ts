/**
 * The prerendered page lets the browser skip laying out the panels below the fold
 * (`content-visibility: auto` under `#root[data-deferred-layout]`, see scripts/prerender.ts), so
 * the first paint costs the first screen, not all 5,000 elements. Once the app is live the panels
 * are laid out one per frame, as one layout of the whole page would block input for a moment;
 * then the marker goes, so that a jump to a far panel lands where the panel really is.
 */
export function layOutPanelsGradually(root: HTMLElement): void {
  if (root.dataset.deferredLayout === undefined) return;
  const sections = [...root.querySelectorAll<HTMLElement>('main section')];
  const pending = [...sections];
  const next = () => {
    const section = pending.shift();
    if (!section) {
      delete root.dataset.deferredLayout;
      for (const done of sections) done.style.removeProperty('content-visibility');
      return;
    }
    section.style.contentVisibility = 'visible';
    requestAnimationFrame(() => setTimeout(next, 0));
  };
  next();
}
