import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useView } from '@/view/use-view';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ChartLegend } from '@/components/chart/chart-legend';
import { EmptyState } from '@/components/states/empty-state';
import { ResultCount } from '@/components/ui/result-count';
import { MeetingList } from '@/features/timeline/meeting-list';
import { buildTimelineExport } from '@/features/timeline/timeline-export';
import { limitTimelineMarks } from '@/features/timeline/timeline-limit';
import { TIMELINE_LEGEND, timelineTable } from '@/features/timeline/timeline-spec';
import { DataTable } from '@/components/table/data-table';
import {
  buildTimelineSeries,
  summarizeTimeline,
  type TimelinePoint,
} from '@/features/timeline/timeline-series';
import { PanelSection } from '@/components/ui/panel-section';

const TimelineChart = lazy(() =>
  import('@/features/timeline/timeline-chart').then((m) => ({ default: m.TimelineChart })),
);

export function TimelineSection() {
  const { dataset, filters, resetFilters, openDetail, referenceDate } = useView();
  const meetings = useMemo(() => filterMeetings(dataset, filters), [dataset, filters]);
  const commitments = useMemo(() => filterCommitments(dataset, filters), [dataset, filters]);
  const series = useMemo(
    () => buildTimelineSeries(dataset, meetings, commitments, filters.years, referenceDate),
    [dataset, meetings, commitments, filters.years, referenceDate],
  );
  const { drawn, note } = useMemo(() => limitTimelineMarks(series), [series]);
  const getExportSpec = useCallback(
    () => buildTimelineExport(series, meetings, commitments),
    [series, meetings, commitments],
  );
  const open = (point: TimelinePoint) =>
    openDetail({ kind: point.kind === 'meeting' ? 'meeting' : 'commitment', id: point.targetId });

  return (
    <PanelSection name="timeline" title="When the sides met" className="mt-10">
      <ResultCount shown={meetings.length} total={dataset.meetings.length} noun="meetings" />
      {series.points.length === 0 ? (
        <EmptyState
          className="mt-3"
          title="No meetings or milestones match these filters"
          onReset={resetFilters}
        />
      ) : (
        <>
          <div className="mt-3">
            <ChartFrame
              title="Timeline of meetings and reform milestones"
              summary={note ? `${summarizeTimeline(series)} ${note}` : summarizeTimeline(series)}
              height={80 + series.lanes.length * 70}
              actions={
                <ChartLegend
                  label="Legend"
                  items={TIMELINE_LEGEND}
                  className="flex flex-wrap gap-3 text-xs text-muted"
                />
              }
              getExportSpec={getExportSpec}
              table={<DataTable {...timelineTable(series, open)} />}
            >
              <Suspense fallback={null}>
                <TimelineChart
                  lanes={drawn.lanes}
                  points={drawn.points}
                  domain={drawn.domain}
                  yearTicks={drawn.yearTicks}
                  onSelect={open}
                />
              </Suspense>
            </ChartFrame>
          </div>
          {meetings.length > 0 ? (
            <MeetingList
              meetings={meetings}
              dataset={dataset}
              referenceDate={referenceDate}
              onOpen={(id) => openDetail({ kind: 'meeting', id })}
              onOpenChanges={(id) => openDetail({ kind: 'changes', id })}
            />
          ) : (
            <p className="mt-3 text-sm text-muted">
              No meetings match these filters; reform milestones are shown above.
            </p>
          )}
        </>
      )}
    </PanelSection>
  );
}
