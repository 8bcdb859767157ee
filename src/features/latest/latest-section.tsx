import { useCallback, useMemo } from 'react';
import { useView } from '@/view/use-view';
import { EmptyState } from '@/components/states/empty-state';
import { LatestList } from '@/features/latest/latest-list';
import {
  buildLatestDevelopments,
  countAllDevelopments,
  LATEST_FILTER_RULE,
  LATEST_SORT_RULE,
  summarizeDevelopments,
} from '@/features/latest/latest-series';
import { PanelSection } from '@/components/ui/panel-section';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

/** The Atom feed of the bundled record, written by the build (scripts/feed/). */
const FEED_HREF = `${import.meta.env.BASE_URL}feed.xml`;

/** What is new: every dated development that passes the filters, newest first, with its quote. */
export function LatestSection() {
  const { dataset, filters, resetFilters, openDetail } = useView();
  const items = useMemo(() => buildLatestDevelopments(dataset, filters), [dataset, filters]);
  const total = useMemo(() => countAllDevelopments(dataset, filters.asOf), [dataset, filters.asOf]);
  const openSource = useCallback((id: string) => openDetail({ kind: 'source', id }), [openDetail]);

  return (
    <PanelSection name="latest" anchored title="Latest developments" className="mt-10">
      <p className="mt-1 max-w-prose text-sm text-muted">
        Newest first: acts, reversals, practice findings and positions on the commitments, meetings
        held and agreed, review editions and high-level contacts, each with whose word it is and a
        quote. Follow the bundled record in a feed reader:{' '}
        <a href={FEED_HREF} type="application/atom+xml" className={LINK_STYLE}>
          Atom feed
        </a>
        .
      </p>
      <details className="mt-2 max-w-prose text-sm">
        <summary className={cn(LINK_STYLE, 'min-h-6 cursor-pointer')}>
          How the list is ordered and filtered
        </summary>
        <p className="mt-1">{LATEST_SORT_RULE}</p>
        <p className="mt-1">{LATEST_FILTER_RULE}</p>
      </details>
      <p aria-live="polite" className="mt-2 text-sm">
        {summarizeDevelopments(items, total)}
      </p>
      {items.length === 0 ? (
        total > 0 && (
          <EmptyState
            className="mt-3"
            title="No developments match these filters"
            onReset={resetFilters}
          />
        )
      ) : (
        <LatestList items={items} dataset={dataset} onOpen={openDetail} onOpenSource={openSource} />
      )}
    </PanelSection>
  );
}
