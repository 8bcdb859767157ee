import { MEETING_STANDING_LABELS } from '@/data/meeting-standing';
import type { Commitment, Meeting } from '@/data/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import type { TimelineSeries } from '@/features/timeline/timeline-series';

const STATUS_TEXT = { ...MEETING_STANDING_LABELS, milestone: 'Reform milestone' } as const;

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
    csv: {
      header: ['Date', 'Date precision', 'Lane', 'What', 'Status', 'Detail'],
      rows: series.points
        .toSorted((a, b) => a.time - b.time)
        .map((point) => [
          point.dateValue,
          point.precision,
          series.lanes[point.lane]?.label ?? '',
          point.title,
          STATUS_TEXT[point.status],
          point.detail,
        ]),
    },
    records: { meetings, commitments: commitments.filter((c) => milestoneIds.has(c.id)) },
    legend: [
      { label: 'US–Kazakhstan meeting, held', color: 'var(--color-series-us)', shape: 'circle' },
      { label: 'Other dialogue, held', color: 'var(--color-series-eu)', shape: 'circle' },
      { label: 'Planned', color: 'var(--color-series-us)', shape: 'ring' },
      {
        label: 'Not confirmed (agreed period over, no record)',
        color: 'var(--color-series-us)',
        shape: 'ring-question',
      },
      { label: 'Reform milestone', color: 'var(--color-status-4)', shape: 'diamond' },
    ],
  };
}
