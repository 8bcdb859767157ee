import type { MouseEvent, ReactNode } from 'react';
import { isPlainClick } from '@/lib/plain-click';

export type JumpLinkProps = { targetId: string; className?: string; children: ReactNode };

/**
 * A link to a part of the same panel: a plain click scrolls that part to the top and moves focus
 * there, without touching the address (a hash would add a history entry and leave the detail's URL).
 */
export function JumpLink({ targetId, className, children }: JumpLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target || !isPlainClick(event)) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <a href={`#${targetId}`} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

export type JumpTargetProps = { id: string; children: ReactNode };

/** Where a `JumpLink` lands: focusable by script only, clear of a drawer's sticky header. */
export function JumpTarget({ id, children }: JumpTargetProps) {
  return (
    <div id={id} tabIndex={-1} className="scroll-mt-28 outline-none">
      {children}
    </div>
  );
}
