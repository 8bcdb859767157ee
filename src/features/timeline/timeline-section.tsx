import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useView } from '@/filters/use-view';
import { filterCommitments, filterMeetings } from '@/filters/filter-records';
import { ChartFrame } from '@/components/chart/chart-frame';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { ResultCount } from '@/components/ui/result-count';
import { MeetingList } from '@/features/timeline/meeting-list';
import { TimelineTable } from '@/features/timeline/timeline-table';
import { buildTimelineExport } from '@/features/timeline/timeline-export';
import {
  buildTimelineSeries,
  summarizeTimeline,
  type TimelinePoint,
} from '@/features/timeline/timeline-series';

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
  const getExportSpec = useCallback(
    () => buildTimelineExport(series, meetings, commitments),
    [series, meetings, commitments],
  );
  const open = (point: TimelinePoint) =>
    openDetail({ kind: point.kind === 'meeting' ? 'meeting' : 'commitment', id: point.targetId });

  return (
    <section aria-labelledby="timeline-title" className="mt-10">
      <h2 id="timeline-title" className="text-xl font-semibold">
        When the sides met
      </h2>
      <ResultCount shown={meetings.length} total={dataset.meetings.length} noun="meetings" />
      {series.points.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="No meetings or milestones match these filters">
            <Button onClick={resetFilters} className="mt-2">
              Reset filters
            </Button>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="mt-3">
            <ChartFrame
              title="Timeline of meetings and reform milestones"
              summary={summarizeTimeline(series)}
              height={80 + series.lanes.length * 70}
              actions={<TimelineLegend />}
              getExportSpec={getExportSpec}
              table={<TimelineTable lanes={series.lanes} points={series.points} onSelect={open} />}
            >
              <Suspense fallback={null}>
                <TimelineChart
                  lanes={series.lanes}
                  points={series.points}
                  domain={series.domain}
                  yearTicks={series.yearTicks}
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
    </section>
  );
}

function TimelineLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-3 text-xs text-muted">
      <li className="flex items-center gap-1">
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full bg-(--color-series-us)"
        />{' '}
        US–Kazakhstan, held
      </li>
      <li className="flex items-center gap-1">
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full bg-(--color-series-eu)"
        />{' '}
        EU–Kazakhstan, held
      </li>
      <li className="flex items-center gap-1">
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full border-2 border-dashed border-(--color-series-us)"
        />{' '}
        Planned
      </li>
      <li className="flex items-center gap-1">
        <span
          aria-hidden="true"
          className="inline-flex size-3.5 items-center justify-center rounded-full border-2 border-dashed border-(--color-series-us) text-[8px] leading-none font-bold text-(--color-series-us)"
        >
          ?
        </span>{' '}
        Not confirmed (agreed period over, no record)
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block size-3 rotate-45 bg-(--color-status-4)" />{' '}
        Reform milestone
      </li>
    </ul>
  );
}
