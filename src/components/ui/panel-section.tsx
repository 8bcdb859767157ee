import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type PanelSectionProps = {
  /** Names the heading `${name}-title`, and the section itself when it is `anchored`. */
  name: string;
  title: ReactNode;
  /** A target of links in the page (`#latest`), kept clear of the sticky filter bar. */
  anchored?: boolean;
  className?: string;
  children: ReactNode;
};

/** A panel of the dashboard: a region named by its `<h2>`. */
export function PanelSection({
  name,
  title,
  anchored,
  className = 'mt-12',
  children,
}: PanelSectionProps) {
  return (
    <section
      id={anchored ? name : undefined}
      aria-labelledby={`${name}-title`}
      className={cn(className, anchored && 'scroll-mt-24 sm:scroll-mt-56 md:scroll-mt-44')}
    >
      <h2 id={`${name}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
