import { DataTable } from '@/components/table/data-table';
import type { TopicRoundMatrix } from '@/features/topics/topics-series';
import { topicRoundColumns } from '@/features/topics/topics-spec';

export type TopicRoundTableProps = {
  matrix: TopicRoundMatrix;
};

/** The topic-by-meeting grid as a table: one row per topic, one column per meeting, oldest first. */
export function TopicRoundTable({ matrix }: TopicRoundTableProps) {
  return (
    <DataTable
      caption="Which readout raised each topic at each meeting, meetings oldest first"
      columns={topicRoundColumns(matrix)}
      rows={matrix.rows}
      rowKey={(row) => row.topicId}
    />
  );
}
