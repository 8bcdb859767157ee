import { limitTimelineMarks, TIMELINE_MARK_LIMIT } from '@/features/timeline/timeline-limit';
import type { TimelinePoint, TimelineSeries } from '@/features/timeline/timeline-series';

const point = (year: number, i: number): TimelinePoint => ({
  key: `p${i}`,
  kind: 'meeting',
  targetId: `m${i}`,
  lane: 0,
  time: Date.UTC(year, 5, 1),
  dateValue: `${year}-06-01`,
  dateLabel: `1 June ${year}`,
  precision: 'day',
  title: `Meeting ${i}`,
  detail: '',
  status: 'held',
  tone: 'primary',
});

const seriesOf = (points: TimelinePoint[]): TimelineSeries => ({
  lanes: [{ id: 'a', label: 'A meetings' }],
  points,
  domain: [Date.UTC(1850, 0, 1), Date.UTC(2027, 0, 1)],
  yearTicks: [],
  earlierMilestones: 0,
});

describe(limitTimelineMarks, () => {
  it('keeps a timeline within the limit as it is, with no note', () => {
    const series = seriesOf([point(2022, 1), point(2024, 2)]);
    expect(limitTimelineMarks(series)).toEqual({ drawn: series, note: '' });
  });

  it('draws the latest 500 of 50,010 marks on an axis fitted to them, and says so', () => {
    // Newest first, so keeping the latest needs a sort by time.
    const points = Array.from({ length: 50_010 }, (_, i) => point(2026 - Math.floor(i / 100), i));
    const { drawn, note } = limitTimelineMarks(seriesOf(points));
    expect(drawn.points).toHaveLength(TIMELINE_MARK_LIMIT);
    expect(Math.min(...drawn.points.map((p) => p.time))).toBe(Date.UTC(2022, 5, 1));
    expect(drawn.domain).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2027, 0, 1)]);
    expect(drawn.yearTicks[0]).toBe(Date.UTC(2022, 0, 1));
    expect(note).toBe(
      'The chart draws the 500 latest of 50,010 marks; the table and the CSV list them all.',
    );
  });
});
