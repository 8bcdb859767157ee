import { MEETING_STANDING_LABELS } from '@/data/meeting-standing';
import type { TimelineLane, TimelinePoint } from '@/features/timeline/timeline-series';

export type TimelineTableProps = {
  lanes: readonly TimelineLane[];
  points: readonly TimelinePoint[];
  onSelect: (point: TimelinePoint) => void;
};

/** Every mark of the timeline as a table row, oldest first. */
export function TimelineTable({ lanes, points, onSelect }: TimelineTableProps) {
  const rows = points.toSorted((a, b) => a.time - b.time);
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">
        Meetings and reform milestones shown on the timeline, oldest first
      </caption>
      <thead className="text-muted">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            Date
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Lane
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            What
          </th>
          <th scope="col" className="py-1 font-medium">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((point) => (
          <tr key={point.key} className="border-t border-line align-top">
            <td className="py-1 pr-3 whitespace-nowrap">{point.dateLabel}</td>
            <td className="py-1 pr-3">{lanes[point.lane]?.label}</td>
            <td className="py-1 pr-3">
              <button
                type="button"
                onClick={() => onSelect(point)}
                className="min-h-6 text-left text-accent underline underline-offset-2"
              >
                {point.title}
              </button>
              <span className="block text-xs text-muted">{point.detail}</span>
            </td>
            <td className="py-1">
              {point.status === 'milestone'
                ? 'Reform milestone'
                : MEETING_STANDING_LABELS[point.status]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
