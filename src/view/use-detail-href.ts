import { useCallback } from 'react';
import type { DetailTarget } from '@/view/detail';
import { pagePath } from '@/view/pages';
import { usePage } from '@/view/use-page';
import { ShownFiltersContext, useViewContext } from '@/view/view-context';
import { serializeView } from '@/view/view-params';

/**
 * The address of a detail on the current page under the current filters, as the app writes it
 * (`/meetings/?year=2024&open=meeting:us-kz-2024-r3`): what a link to it carries, so that it can
 * be opened in a new tab or copied and still show the same view.
 */
export function useDetailHref(): (target: DetailTarget) => string {
  const filters = useViewContext(ShownFiltersContext);
  const page = usePage();
  return useCallback(
    (target) =>
      serializeView(pagePath(import.meta.env.BASE_URL, page), { ...filters, detail: target }),
    [filters, page],
  );
}
