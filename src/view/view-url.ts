import type { DetailTarget } from '@/view/detail';
import { serializeView } from '@/view/view-params';

/** A view the app can be opened at: a detail, the changelog since a version, a panel's anchor. */
export type ViewLink = { open?: DetailTarget; since?: string; hash?: string };

/**
 * The address of a view as the app itself writes it (its parameters, their order and encoding),
 * relative to the app's `base` path: `viewHref('/', { open: { kind: 'meeting', id: 'm' } })` →
 * `/?open=meeting:m`; no parameters give `base` itself (plus `#hash` when given).
 */
export function viewHref(base: string, view: ViewLink): string {
  const href = serializeView(base, { detail: view.open ?? null, since: view.since ?? null });
  return view.hash ? `${href}#${encodeURIComponent(view.hash)}` : href;
}
