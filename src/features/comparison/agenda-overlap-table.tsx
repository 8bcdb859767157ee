import { READOUT_PALETTE } from '@/components/chart/palette';
import { describeReadouts } from '@/features/comparison/comparison-export';
import {
  formatShare,
  OVERLAP_STACKS,
  type AgendaOverlapRow,
} from '@/features/comparison/comparison-series';

export type AgendaOverlapTableProps = {
  rows: readonly AgendaOverlapRow[];
};

const HEAD = 'px-2 py-1 font-medium';
const NUMBER = 'px-2 py-1 text-right tabular-nums';

/** The overlap chart's data: per meeting, topics by whose text raised them and the share raised by both. */
export function AgendaOverlapTable({ rows }: AgendaOverlapTableProps) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">
        Topics at each meeting by whose text raised them, and the share raised by both sides,
        meetings oldest first
      </caption>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className={HEAD}>
            Meeting
          </th>
          <th scope="col" className={HEAD}>
            Readouts
          </th>
          <th scope="col" className={`${HEAD} text-right`}>
            Topics
          </th>
          {OVERLAP_STACKS.map((stack) => (
            <th key={stack.key} scope="col" className={`${HEAD} text-right`}>
              {READOUT_PALETTE[stack.group].label}
            </th>
          ))}
          <th scope="col" className={`${HEAD} text-right`}>
            Raised by both sides
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.meetingId} className="border-b border-line last:border-b-0">
            <th scope="row" className="px-2 py-1 font-normal">
              {row.label}
              <span className="block text-xs text-muted">{row.date}</span>
            </th>
            <td className="px-2 py-1">{describeReadouts(row)}</td>
            <td className={`${NUMBER} font-semibold`}>{row.total}</td>
            {OVERLAP_STACKS.map((stack) => (
              <td key={stack.key} className={NUMBER}>
                {row[stack.key]}
              </td>
            ))}
            <td className={NUMBER}>{formatShare(row.overlapShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
