import { DataTable } from '@/components/table/data-table';
import type { TopicFrequencyRow } from '@/features/topics/topics-series';
import { topicFrequencyColumns, type TopicFrequencyActions } from '@/features/topics/topics-spec';

export type TopicFrequencyTableProps = TopicFrequencyActions & {
  rows: readonly TopicFrequencyRow[];
};

/** The frequency chart's data: meetings per topic and readout group, with evidence and filter buttons. */
export function TopicFrequencyTable({ rows, ...actions }: TopicFrequencyTableProps) {
  return (
    <DataTable
      caption="Meetings raising each topic, by which readout raised it, most often raised first"
      columns={topicFrequencyColumns(actions)}
      rows={rows}
      rowKey={(row) => row.topicId}
    />
  );
}
