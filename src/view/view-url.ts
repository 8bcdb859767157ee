import type { DetailTarget } from '@/view/detail';
import { pagePath, type PageId } from '@/view/pages';
import { serializeView } from '@/view/view-params';

/**
 * A view the app can be opened at: a page (the Overview when absent), a detail, the changelog since
 * a version, a panel's anchor.
 */
export type ViewLink = { page?: PageId; open?: DetailTarget; since?: string; hash?: string };

/**
 * The address of a view as the app itself writes it (its path, parameters, their order and
 * encoding), relative to the app's `base` path: `viewHref('/', { open: { kind: 'meeting', id: 'm' } })`
 * → `/?open=meeting:m`; `viewHref('/', { page: 'sources', hash: 'changelog' })` →
 * `/sources/#changelog`.
 */
export function viewHref(base: string, view: ViewLink): string {
  const href = serializeView(pagePath(base, view.page ?? 'overview'), {
    detail: view.open ?? null,
    since: view.since ?? null,
  });
  return view.hash ? `${href}#${encodeURIComponent(view.hash)}` : href;
}
