import { useRef, type ReactNode } from 'react';
import { useScrollsSideways } from '@/components/ui/use-scrolls-sideways';
import { cn } from '@/lib/cn';

export type ScrollRegionProps = {
  /** What the region holds, e.g. "Reform commitments table": its name while it scrolls. */
  label: string;
  className?: string;
  /** Shown only on a phone or only wider up (src/phone-layout.css). */
  'data-only'?: 'phone' | 'wide';
  children: ReactNode;
};

/**
 * A box that scrolls sideways when its content is wider than the screen allows. While it does, it
 * is a named region in the tab order, so a keyboard can reach it and scroll it with the arrow keys
 * (a box holding no focusable element could not be scrolled otherwise); while everything fits, it
 * is a plain box and adds no tab stop.
 */
export function ScrollRegion({ label, className, children, ...props }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <div
      ref={ref}
      {...props}
      className={cn('overflow-x-auto', className)}
      {...(scrolls && { role: 'region', 'aria-label': label, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}
