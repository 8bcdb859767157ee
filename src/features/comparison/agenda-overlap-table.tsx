import { DataTable } from '@/components/table/data-table';
import type { AgendaOverlapRow } from '@/features/comparison/comparison-series';
import { AGENDA_OVERLAP_COLUMNS } from '@/features/comparison/comparison-spec';

export type AgendaOverlapTableProps = {
  rows: readonly AgendaOverlapRow[];
};

/** The overlap chart's data: per meeting, topics by whose text raised them and the share raised by both. */
export function AgendaOverlapTable({ rows }: AgendaOverlapTableProps) {
  return (
    <DataTable
      caption="Topics at each meeting by whose text raised them, and the share raised by both sides, meetings oldest first"
      columns={AGENDA_OVERLAP_COLUMNS}
      rows={rows}
      rowKey={(row) => row.meetingId}
    />
  );
}
