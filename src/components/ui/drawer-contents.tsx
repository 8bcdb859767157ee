import { useId } from 'react';
import { JumpLink } from '@/components/ui/jump-link';
import { cn } from '@/lib/cn';
import { listContents, type ContentsEntry } from '@/lib/contents-list';
import { LINK_STYLE } from '@/lib/link-style';

export type DrawerContentsProps = {
  /** The drawer's sections in order; `false`, `null` or `undefined` for one not shown this time. */
  sections: readonly (ContentsEntry | false | null | undefined)[];
  className?: string;
};

/**
 * "On this page": same-document links to a long drawer's sections, which move focus to the section
 * heading without changing the address. Nothing for a drawer with too few sections to need it.
 */
export function DrawerContents({ sections, className }: DrawerContentsProps) {
  const titleId = useId();
  const entries = listContents(sections);
  if (entries.length === 0) return null;
  return (
    <nav
      aria-labelledby={titleId}
      className={cn('mb-5 border-b border-line pb-3 text-sm', className)}
    >
      <p id={titleId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        On this page
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {entries.map((entry) => (
          <li key={entry.id}>
            <JumpLink targetId={entry.id} className={cn(LINK_STYLE, 'inline-block min-h-6')}>
              {entry.label}
            </JumpLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
