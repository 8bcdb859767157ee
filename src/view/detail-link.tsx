import type { MouseEvent, ReactNode } from 'react';
import type { DetailTarget } from '@/view/detail';
import { useDetailHref } from '@/view/use-detail-href';
import { useViewContext, ViewWritersContext } from '@/view/view-context';
import { isPlainClick } from '@/lib/plain-click';

export type DetailLinkProps = {
  target: DetailTarget;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
};

/**
 * A real link to a detail on the current page with the current filters: a plain click opens the
 * detail in place; a middle click, Ctrl/⌘-click or "Copy link" get its address.
 */
export function DetailLink({ target, children, ...props }: DetailLinkProps) {
  const href = useDetailHref()(target);
  const { openDetail } = useViewContext(ViewWritersContext);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    openDetail(target);
  };
  return (
    <a href={href} onClick={onClick} {...props}>
      {children}
    </a>
  );
}
