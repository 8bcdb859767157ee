import { PanelBoundary } from '@/app/panel-boundary';
import { DatasetOverview } from '@/features/overview/dataset-overview';
import { RecordNumbers } from '@/features/overview/record-numbers';
import { LastRoundTopics } from '@/features/changes/last-round-topics';
import { ReformSummary } from '@/features/commitments/reform-summary';
import { LatestBrief } from '@/features/latest/latest-brief';
import { MARKER } from '@/boot/page-markers';

const FIRST_SCREEN = { [MARKER.firstScreen]: '' };

/**
 * The Overview answers the four questions on the first screen: who met when and where and who led,
 * how the reforms stand, what happened lately, and what the last round discussed. In the page (and
 * so on a phone, one column) they come in that order; from 1024 px the last round sits under the
 * rounds, beside the other two, by grid placement alone, so the prerendered page is one at every
 * width. The phone's forms of each answer are in the panels (src/phone-layout.css). The first
 * screen's answers are laid out at once, also in the prerendered page (MARKER.firstScreen).
 */
export function OverviewPage() {
  return (
    <div className="mt-4 grid grid-cols-1 gap-x-8 md:mt-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,4fr)] lg:grid-rows-[auto_1fr] max-md:[&_h2]:text-base">
      <div {...FIRST_SCREEN} className="lg:col-start-1 lg:row-start-1">
        <PanelBoundary name="rounds">
          <DatasetOverview />
        </PanelBoundary>
      </div>
      <div {...FIRST_SCREEN} className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <PanelBoundary name="reforms">
          <ReformSummary />
        </PanelBoundary>
        <PanelBoundary name="latest developments">
          <LatestBrief />
        </PanelBoundary>
      </div>
      <div className="lg:col-start-1 lg:row-start-2">
        <PanelBoundary name="last round">
          <LastRoundTopics />
        </PanelBoundary>
        <PanelBoundary name="record in numbers">
          <RecordNumbers />
        </PanelBoundary>
      </div>
    </div>
  );
}
