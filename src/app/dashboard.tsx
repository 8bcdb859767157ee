import { Children, lazy, Suspense, useRef, type ComponentType, type ReactNode } from 'react';
import { PanelBoundary } from '@/app/panel-boundary';
import { ExportProvider } from '@/app/export-provider';
import { FilterBar } from '@/features/filter-bar/filter-bar';
import { OverviewPage } from '@/app/overview-page';
import { SearchResults } from '@/features/search/search-results';
import { LatestSection } from '@/features/latest/latest-section';
import { TimelineSection } from '@/features/timeline/timeline-section';
import { TopicsSection } from '@/features/topics/topics-section';
import { CommitmentsSection } from '@/features/commitments/commitments-section';
import { SourcesSection } from '@/features/sources/sources-section';
import { ComparisonSection } from '@/features/comparison/comparison-section';
import { DialoguesSection } from '@/features/dialogues/dialogues-section';
import { ChangelogSection } from '@/features/changelog/changelog-section';
import { ContactsSection } from '@/features/contacts/contacts-section';
import { ReviewsSection } from '@/features/reviews/reviews-section';
import { usePanelsUpdating } from '@/view/view-context';
import { usePage } from '@/view/use-page';
import type { PageId } from '@/view/pages';
import { PageNav } from '@/app/page-nav';
import { usePageChange } from '@/app/use-page-change';
import { useDetail } from '@/view/use-detail';
import { usePanelsDrawn } from '@/view/use-shown-dataset';
import { LoadingState } from '@/components/states/loading-state';
import { MARKER } from '@/boot/page-markers';
import { useSkipDrawnPanels } from '@/boot/use-skip-drawn-panels';

/** Each page's panels in order: the name its error boundary reports, and the panel. */
const PAGE_PANELS: Record<PageId, readonly (readonly [string, ComponentType])[]> = {
  overview: [['overview', OverviewPage]],
  meetings: [
    ['timeline', TimelineSection],
    ['high-level contacts', ContactsSection],
  ],
  readouts: [['comparison', ComparisonSection]],
  topics: [
    ['topics', TopicsSection],
    ['dialogues', DialoguesSection],
  ],
  commitments: [
    ['commitments', CommitmentsSection],
    ['reviews and ratings', ReviewsSection],
  ],
  sources: [
    ['latest developments', LatestSection],
    ['sources', SourcesSection],
    ['changelog', ChangelogSection],
  ],
};

/**
 * The dashboard once the dataset is loaded: the pages' navigation and the one filter bar (sticky
 * together), the current page's panels, then the open detail.
 */
export function Dashboard() {
  const page = usePage();
  usePageChange(page);
  return (
    <ExportProvider>
      <div className="sticky top-0 z-20 border-b border-line bg-surface/95 backdrop-blur">
        <PageNav />
        <FilterBar />
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <PanelBoundary name="search results">
          <SearchResults />
        </PanelBoundary>
      </div>
      <PanelsArea key={page}>
        {PAGE_PANELS[page].map(([name, Panel]) => (
          <PanelBoundary key={name} name={name}>
            <Panel />
          </PanelBoundary>
        ))}
      </PanelsArea>
      <PanelBoundary name="detail">
        <DetailSlot />
      </PanelBoundary>
    </ExportProvider>
  );
}

// The details (meeting, commitment, source…) are code the first view never runs: their chunk is
// fetched when a detail is first opened (precached by the service worker for offline use).
const DetailHost = lazy(() =>
  import('@/app/detail-host').then((module) => ({ default: module.DetailHost })),
);

function DetailSlot() {
  const { detail } = useDetail();
  if (!detail) return null;
  return (
    <Suspense fallback={null}>
      <DetailHost />
    </Suspense>
  );
}

/**
 * The panels, marked busy while they catch up with a filter change or a newly opened dataset (a
 * background render; the filter bar says so). Its own component, so that the flag flipping re-renders this wrapper and
 * not every panel. (Fading them cost a repaint of the whole page in the click's frame.)
 */
function PanelsArea({ children }: { children: ReactNode }) {
  const updating = usePanelsUpdating();
  const panels = Children.toArray(children);
  const { drawn, catchingUp } = usePanelsDrawn(panels.length);
  const areaRef = useRef<HTMLDivElement>(null);
  useSkipDrawnPanels(areaRef);
  return (
    <div
      ref={areaRef}
      className="mx-auto max-w-6xl px-4 pb-16 sm:px-6"
      aria-busy={updating || catchingUp || undefined}
      {...{ [MARKER.panels]: '' }}
    >
      {panels.slice(0, drawn)}
      {drawn < panels.length && <LoadingState label="Drawing the panels…" />}
    </div>
  );
}
