import type { MouseEvent, ReactNode } from 'react';
import type { PageId } from '@/view/pages';
import { navigateTo, usePageHref } from '@/view/use-page';
import type { RawFilters } from '@/view/view-context';
import { isPlainClick } from '@/lib/plain-click';

export type PageLinkProps = {
  page: PageId;
  /** Filters to change on the way; the others are kept. */
  filters?: Partial<RawFilters>;
  /** The id of an element on that page to land on (`conflict-x`), without the `#`. */
  hash?: string;
  className?: string;
  'aria-current'?: 'page';
  onPointerEnter?: () => void;
  onFocus?: () => void;
  children: ReactNode;
};

/**
 * A real link to a page with the current filters (and to a place on it): a plain click moves there
 * in place (one history entry); a middle click, Ctrl/⌘-click or "Copy link" get its address.
 */
export function PageLink({ page, filters, hash, children, ...props }: PageLinkProps) {
  const href = `${usePageHref()(page, filters)}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    if (`${location.pathname}${location.search}${location.hash}` !== href) navigateTo(href);
  };
  return (
    <a href={href} onClick={onClick} {...props}>
      {children}
    </a>
  );
}
