import { READOUT_PALETTE } from '@/components/chart/palette';
import { READOUT_GLYPH } from '@/features/topics/topic-round-layout';
import type { TopicRoundMatrix } from '@/features/topics/topics-series';

export type TopicRoundTableProps = {
  matrix: TopicRoundMatrix;
};

/** The topic-by-meeting grid as a table: one row per topic, one column per meeting, oldest first. */
export function TopicRoundTable({ matrix }: TopicRoundTableProps) {
  return (
    <table className="text-left text-sm">
      <caption className="sr-only">
        Which readout raised each topic at each meeting, meetings oldest first
      </caption>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            Topic
          </th>
          {matrix.columns.map((column) => (
            <th key={column.meetingId} scope="col" className="px-2 py-1 font-medium">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.topicId} className="border-b border-line last:border-b-0">
            <th scope="row" className="px-2 py-1 font-normal">
              {row.label}
            </th>
            {row.cells.map((cell) => (
              <td key={cell.meetingId} className="px-2 py-1 text-center">
                {cell.group ? (
                  <>
                    <span aria-hidden="true">{READOUT_GLYPH[cell.group]}</span>
                    <span className="sr-only">{READOUT_PALETTE[cell.group].label}</span>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className="text-muted">
                      –
                    </span>
                    <span className="sr-only">Not raised</span>
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
