import type { MouseEvent } from 'react';
import type { RoundRow } from '@/features/overview/overview-series';
import type { DetailTarget } from '@/view/detail';
import { isPlainClick } from '@/lib/plain-click';

export type RoundLinkProps = {
  row: RoundRow;
  /** The address of a detail under the current filters. */
  href: (target: DetailTarget) => string;
  onOpen: (target: DetailTarget) => void;
};

/**
 * A round's number as a real link to its detail: a plain click opens the detail in place; a middle
 * click, Ctrl/⌘-click or "Copy link" get its address, filters included.
 */
export function RoundLink({ row, href, onOpen }: RoundLinkProps) {
  const target = { kind: 'meeting', id: row.id } as const;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen(target);
  };
  // The visible number alone would be a vague link name; the label keeps it and says what it is.
  const label =
    row.round === 'Not numbered' ? `Not numbered meeting, ${row.date}` : `Round ${row.round}`;
  return (
    <a
      href={href(target)}
      onClick={onClick}
      aria-label={label}
      className="inline-flex min-h-6 min-w-6 items-center text-accent tabular-nums underline underline-offset-2"
    >
      {row.round}
    </a>
  );
}
