import { useEffect, useState } from 'react';
import { loadedPagePanels, loadPagePanels } from '@/app/page-panels';
import type { PageId } from '@/view/pages';

/**
 * The page whose panels are shown for the address's `page`: that page once its code has loaded,
 * and until then the page shown before, so a move never blanks the page or flashes a spinner. (The
 * address is read with `useSyncExternalStore`, whose updates cannot wait in a transition.) A page
 * whose code cannot be fetched is shown anyway, with its error.
 */
export function useShownPage(page: PageId): PageId {
  const [shown, setShown] = useState(page);
  const ready = loadedPagePanels(page) !== undefined;
  if (ready && shown !== page) setShown(page);
  useEffect(() => {
    if (ready) return;
    let current = true;
    const show = () => {
      if (current) setShown(page);
    };
    loadPagePanels(page, { retry: true }).then(show, show);
    return () => {
      current = false;
    };
  }, [page, ready]);
  return ready ? page : shown;
}
