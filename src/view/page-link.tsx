import type { MouseEvent, ReactNode } from 'react';
import type { PageId } from '@/view/pages';
import { navigateTo, usePageHref } from '@/view/use-page';
import type { RawFilters } from '@/view/view-context';
import { isPlainClick } from '@/lib/plain-click';

export type PageLinkProps = {
  page: PageId;
  /** Filters to change on the way; the others are kept. */
  filters?: Partial<RawFilters>;
  className?: string;
  'aria-current'?: 'page';
  children: ReactNode;
};

/**
 * A real link to a page with the current filters: a plain click moves there in place (one history
 * entry); a middle click, Ctrl/⌘-click or "Copy link" get its address.
 */
export function PageLink({ page, filters, children, ...props }: PageLinkProps) {
  const href = usePageHref()(page, filters);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    if (`${location.pathname}${location.search}` !== href) navigateTo(href);
  };
  return (
    <a href={href} onClick={onClick} {...props}>
      {children}
    </a>
  );
}
