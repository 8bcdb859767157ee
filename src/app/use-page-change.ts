import { useEffect, useRef } from 'react';
import { pageTitle, type PageId } from '@/view/pages';

/**
 * The window's title names the page. After a move to another page, focus goes to the page's
 * content, as after loading a page, so that a screen reader reads on from there (not from the link).
 */
export function usePageChange(page: PageId): void {
  const shown = useRef(page);
  useEffect(() => {
    document.title = pageTitle(page);
    if (page === shown.current) return;
    shown.current = page;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [page]);
}
