import type { TimelineSeries } from '@/features/timeline/timeline-series';
import { limitChartRows } from '@/lib/chart-limit';
import { yearAxisTicks } from '@/lib/dates';

/**
 * The most marks the timeline draws. The record has a few dozen; 50,010 meetings drew 50,010 SVG
 * marks, and scrolling to the chart blocked the page for 45 s. 500 draw in a frame or two.
 */
export const TIMELINE_MARK_LIMIT = 500;

const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The series as the chart draws it: at most `limit` marks, the latest ones, with the time axis
 * fitted to them, and a sentence on what was left out ('' when nothing was). The table keeps all.
 */
export function limitTimelineMarks(
  series: TimelineSeries,
  limit = TIMELINE_MARK_LIMIT,
): { drawn: TimelineSeries; note: string } {
  if (series.points.length <= limit) return { drawn: series, note: '' };
  const byTime = series.points.toSorted((a, b) => a.time - b.time);
  const { shown, note } = limitChartRows(byTime, limit, 'latest', 'marks', 'last');
  const first = new Date(shown[0]?.time ?? 0).getUTCFullYear();
  const last = new Date(shown.at(-1)?.time ?? 0).getUTCFullYear();
  return {
    drawn: {
      ...series,
      points: [...shown],
      domain: [yearStart(first), yearStart(last + 1)],
      yearTicks: yearAxisTicks(first, last),
    },
    note,
  };
}
