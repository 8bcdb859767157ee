import { Children, lazy, Suspense, useRef, type ReactNode } from 'react';
import { PanelBoundary } from '@/app/panel-boundary';
import { ExportProvider } from '@/app/export-provider';
import { FilterBar } from '@/features/filter-bar/filter-bar';
import { DatasetOverview } from '@/features/overview/dataset-overview';
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
import { useDetail } from '@/view/use-detail';
import { usePanelsDrawn } from '@/view/use-shown-dataset';
import { LoadingState } from '@/components/states/loading-state';
import { MARKER } from '@/boot/page-markers';
import { useSkipDrawnPanels } from '@/boot/use-skip-drawn-panels';

/** The dashboard once the dataset is loaded: one filter bar, then every panel, then the open detail. */
export function Dashboard() {
  return (
    <ExportProvider>
      <div className="mx-auto max-w-6xl px-4 pb-8 sm:px-6">
        <PanelBoundary name="overview">
          <DatasetOverview />
        </PanelBoundary>
      </div>
      <FilterBar />
      <PanelsArea>
        <PanelBoundary name="latest developments">
          <LatestSection />
        </PanelBoundary>
        <PanelBoundary name="timeline">
          <TimelineSection />
        </PanelBoundary>
        <PanelBoundary name="high-level contacts">
          <ContactsSection />
        </PanelBoundary>
        <PanelBoundary name="topics">
          <TopicsSection />
        </PanelBoundary>
        <PanelBoundary name="comparison">
          <ComparisonSection />
        </PanelBoundary>
        <PanelBoundary name="commitments">
          <CommitmentsSection />
        </PanelBoundary>
        <PanelBoundary name="reviews and ratings">
          <ReviewsSection />
        </PanelBoundary>
        <PanelBoundary name="dialogues">
          <DialoguesSection />
        </PanelBoundary>
        <PanelBoundary name="sources">
          <SourcesSection />
        </PanelBoundary>
        <PanelBoundary name="changelog">
          <ChangelogSection />
        </PanelBoundary>
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
