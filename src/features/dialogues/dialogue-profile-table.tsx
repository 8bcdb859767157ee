import { DataTable } from '@/components/table/data-table';
import type { DialogueSeries, ProfileRow } from '@/features/dialogues/dialogues-series';
import { profileColumns } from '@/features/dialogues/dialogues-spec';

export type DialogueProfileTableProps = {
  rows: readonly ProfileRow[];
  series: readonly DialogueSeries[];
};

/** The profile chart's data: per topic, each dialogue's meetings raising it and their share. */
export function DialogueProfileTable({ rows, series }: DialogueProfileTableProps) {
  return (
    <DataTable
      caption="Meetings raising each topic in each dialogue, and the share of that dialogue’s meetings with recorded topics, most raised first"
      columns={profileColumns(series, 'table')}
      rows={rows}
      rowKey={(row) => row.topicId}
    />
  );
}
