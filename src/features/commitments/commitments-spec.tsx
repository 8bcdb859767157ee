import type { CommitmentStatus } from '@/data/commitment-status';
import type { SeriesSpec } from '@/components/chart/chart-spec';
import { STATUS_COLORS } from '@/components/chart/palette';
import type { Column } from '@/components/table/columns';
import type { StatusCountRow } from '@/features/commitments/commitments-series';

/** The status chart's legend: its rungs as the chart draws them, in ladder order. */
export function statusLegend(rows: readonly StatusCountRow[]): SeriesSpec[] {
  return rows.map((row) => ({ label: row.label, color: STATUS_COLORS[row.status] }));
}

/** The status chart's columns: a rung (a toggle for the Status filter in the table) and its count. */
export function statusCountColumns(
  selected: readonly CommitmentStatus[] = [],
  onToggle?: (status: CommitmentStatus) => void,
): Column<StatusCountRow>[] {
  return [
    {
      header: 'Status',
      value: (row) => row.label,
      cell: (row) => (
        <button
          type="button"
          aria-pressed={selected.includes(row.status)}
          onClick={() => onToggle?.(row.status)}
          className="min-h-6 text-left text-accent underline underline-offset-2 hover:no-underline aria-pressed:font-semibold"
        >
          {row.label}
        </button>
      ),
      rowHeader: true,
    },
    { header: 'Commitments', value: (row) => row.count, numeric: true },
  ];
}
