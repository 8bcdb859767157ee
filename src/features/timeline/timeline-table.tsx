import { DataTable } from '@/components/table/data-table';
import type { TimelineLane, TimelinePoint } from '@/features/timeline/timeline-series';
import { pointsOldestFirst, timelineColumns } from '@/features/timeline/timeline-spec';

export type TimelineTableProps = {
  lanes: readonly TimelineLane[];
  points: readonly TimelinePoint[];
  onSelect: (point: TimelinePoint) => void;
};

/** Every mark of the timeline as a table row, oldest first. */
export function TimelineTable({ lanes, points, onSelect }: TimelineTableProps) {
  return (
    <DataTable
      caption="Meetings and reform milestones shown on the timeline, oldest first"
      columns={timelineColumns(lanes, onSelect)}
      rows={pointsOldestFirst(points)}
      rowKey={(point) => point.key}
    />
  );
}
