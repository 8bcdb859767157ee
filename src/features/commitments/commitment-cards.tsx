import { FLAG_LABELS } from '@/domain/commitment-flags';
import type { CommitmentRow } from '@/features/commitments/commitment-rows';
import { CompletionBadge, PracticeLine } from '@/features/commitments/commitment-cells';
import { DataText } from '@/components/ui/data-text';
import { DetailLink } from '@/view/detail-link';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

export type CommitmentCardsProps = {
  /** The rows shown, already sorted and cut to the page. */
  rows: readonly CommitmentRow[];
  listRef: (element: HTMLElement | null) => () => void;
};

/**
 * The commitments as cards for a phone: the title opening the detail with the completion beside it,
 * then practice and the last event, so nothing needs a sideways scroll.
 */
export function CommitmentCards({ rows, listRef }: CommitmentCardsProps) {
  return (
    <ul ref={listRef} aria-label="Reform commitments" data-only="phone" className="mt-2 space-y-2">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-line bg-surface px-3 py-2 text-sm">
          <div className="flex flex-wrap items-start justify-between gap-x-2 gap-y-1">
            <DetailLink
              target={{ kind: 'commitment', id: row.id }}
              className={cn(LINK_STYLE, 'min-w-0 flex-1 basis-40 font-medium')}
            >
              {row.title}
            </DetailLink>
            <CompletionBadge row={row} />
          </div>
          <p className="text-xs text-muted">
            {row.kindLabel} · <DataText>{row.committedBy}</DataText>
            {row.term && ` · ${row.term}`}
          </p>
          {row.overdue && (
            <p className="text-xs font-semibold text-danger">{FLAG_LABELS.overdue}</p>
          )}
          {row.quiet && <p className="text-xs text-muted italic">{FLAG_LABELS.quiet}</p>}
          <PracticeLine row={row} />
          {row.latestEvent && (
            <p className="mt-1 line-clamp-2 text-xs">
              <span className="font-medium">Last event, {row.latestEvent.date}: </span>
              <span className="text-muted">{row.latestEvent.text}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
