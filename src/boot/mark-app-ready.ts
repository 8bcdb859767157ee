import { MARKER } from '@/boot/page-markers';

/**
 * Marks `root` live and re-enables the controls that the prerendered page keeps disabled until
 * the app can handle them (see scripts/prerender.ts); runs `onReady` the first time only.
 */
export function markAppReady(root: HTMLElement, onReady?: () => void): void {
  if (root.hasAttribute(MARKER.appReady)) return;
  for (const control of root.querySelectorAll(`[${MARKER.prerenderDisabled}]`)) {
    control.removeAttribute('disabled');
    control.removeAttribute(MARKER.prerenderDisabled);
  }
  root.removeAttribute(MARKER.staleView);
  root.setAttribute(MARKER.appReady, '');
  onReady?.();
}
