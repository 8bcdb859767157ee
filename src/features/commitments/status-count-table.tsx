import type { CommitmentStatus } from '@/data/commitment-status';
import { DataTable } from '@/components/table/data-table';
import type { StatusCountRow } from '@/features/commitments/commitments-series';
import { statusCountColumns } from '@/features/commitments/commitments-spec';

export type StatusCountTableProps = {
  rows: readonly StatusCountRow[];
  selected: readonly CommitmentStatus[];
  onToggle: (status: CommitmentStatus) => void;
};

/** The chart's data; each status is a toggle for the Status filter, so keyboards can do what clicks do. */
export function StatusCountTable({ rows, selected, onToggle }: StatusCountTableProps) {
  return (
    <DataTable
      caption="Commitments by status, ignoring the Status filter; press a status to filter by it"
      columns={statusCountColumns(selected, onToggle)}
      rows={rows}
      rowKey={(row) => row.status}
    />
  );
}
