import { PanelBoundary } from '@/app/panel-boundary';
import { DatasetOverview } from '@/features/overview/dataset-overview';
import { LastRoundTopics } from '@/features/changes/last-round-topics';
import { ReformSummary } from '@/features/commitments/reform-summary';
import { LatestBrief } from '@/features/latest/latest-brief';

/**
 * The Overview answers the four questions side by side on the first screen: who met when and where
 * and who led, what the last round discussed, how the reforms stand, and what happened lately.
 */
export function OverviewPage() {
  return (
    <div className="mt-6 grid grid-cols-1 gap-x-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,4fr)]">
      <div>
        <PanelBoundary name="rounds">
          <DatasetOverview />
        </PanelBoundary>
        <PanelBoundary name="last round">
          <LastRoundTopics />
        </PanelBoundary>
      </div>
      <div>
        <PanelBoundary name="reforms">
          <ReformSummary />
        </PanelBoundary>
        <PanelBoundary name="latest developments">
          <LatestBrief />
        </PanelBoundary>
      </div>
    </div>
  );
}
