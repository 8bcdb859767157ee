import type { Commitment, Meeting } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { TimelineSeries } from '@/features/timeline/timeline-series';
import { TIMELINE_LEGEND, timelineTable } from '@/features/timeline/timeline-spec';

/** The timeline's export: one CSV row per mark (oldest first), the records behind them, the legend. */
export function buildTimelineExport(
  series: TimelineSeries,
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
): ChartExportSpec {
  const milestoneIds = new Set(
    series.points.filter((p) => p.kind === 'milestone').map((p) => p.targetId),
  );
  return {
    stem: 'timeline',
    csv: csvOf(timelineTable(series)),
    records: { meetings, commitments: commitments.filter((c) => milestoneIds.has(c.id)) },
    legend: TIMELINE_LEGEND,
  };
}
