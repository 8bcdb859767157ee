import type { MouseEvent, ReactNode } from 'react';
import { goToSection } from '@/components/ui/go-to-section';
import { isPlainClick } from '@/lib/plain-click';

export type JumpLinkProps = { targetId: string; className?: string; children: ReactNode };

/**
 * A link to a section of the same drawer: a plain click moves focus to its heading and scrolls it
 * under the sticky header, without touching the address (a hash would add a history entry and
 * leave the detail's URL).
 */
export function JumpLink({ targetId, className, children }: JumpLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    goToSection(targetId);
  };
  return (
    <a href={`#${targetId}`} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
