import { MEETING_STANDING_LABELS } from '@/domain/meeting-standing';
import { legendOf, type SeriesConfig, type SeriesSpec } from '@/components/chart/chart-spec';
import type { TableSpec } from '@/components/table/columns';
import type { TimelinePoint, TimelineSeries } from '@/features/timeline/timeline-series';

/** The timeline's marks by standing: the shape says a meeting's standing, the colour its dialogue. */
export const TIMELINE_SERIES = {
  held: { label: 'US–Kazakhstan, held', color: 'var(--color-series-us)', shape: 'circle' },
  heldElsewhere: { label: 'EU–Kazakhstan, held', color: 'var(--color-series-eu)', shape: 'circle' },
  planned: { label: 'Planned', color: 'var(--color-series-us)', shape: 'ring' },
  'not-confirmed': {
    label: 'Not confirmed (agreed period over, no record)',
    color: 'var(--color-series-us)',
    shape: 'ring-question',
  },
  milestone: { label: 'Reform milestone', color: 'var(--color-status-4)', shape: 'diamond' },
} as const satisfies SeriesConfig;

/** The legend on screen and in exports. */
export const TIMELINE_LEGEND = legendOf(TIMELINE_SERIES);

/** A point's mark: its standing's shape, in the other dialogues' colour when not the primary one's. */
export function timelineMarkOf(point: Pick<TimelinePoint, 'status' | 'tone'>): SeriesSpec {
  const spec = TIMELINE_SERIES[point.status];
  return point.tone === 'secondary'
    ? { ...spec, color: TIMELINE_SERIES.heldElsewhere.color }
    : spec;
}

const STATUS_TEXT = { ...MEETING_STANDING_LABELS, milestone: 'Reform milestone' } as const;

/** The timeline's data: one row per mark, oldest first; `onSelect` opens its meeting or commitment. */
export function timelineTable(
  series: Pick<TimelineSeries, 'lanes' | 'points'>,
  onSelect?: (point: TimelinePoint) => void,
): TableSpec<TimelinePoint> {
  return {
    caption: 'Meetings and reform milestones shown on the timeline, oldest first',
    rows: series.points.toSorted((a, b) => a.time - b.time),
    rowKey: (point) => point.key,
    columns: [
      {
        header: 'Date',
        value: (point) => point.dateValue,
        cell: (point) => point.dateLabel,
        className: 'whitespace-nowrap',
      },
      { header: 'Date precision', value: (point) => point.precision, only: 'csv' },
      { header: 'Lane', value: (point) => series.lanes[point.lane]?.label ?? '' },
      {
        header: 'What',
        value: (point) => point.title,
        cell: (point) => (
          <>
            <button
              type="button"
              onClick={() => onSelect?.(point)}
              className="min-h-6 text-left text-accent underline underline-offset-2"
            >
              {point.title}
            </button>
            <span className="block text-xs text-muted">{point.detail}</span>
          </>
        ),
      },
      { header: 'Status', value: (point) => STATUS_TEXT[point.status] },
      { header: 'Detail', value: (point) => point.detail, only: 'csv' },
    ],
  };
}
