import type { CommitmentStatus } from '@/domain/commitment-status';
import type { SeriesSpec } from '@/components/chart/chart-spec';
import { STATUS_COLORS } from '@/components/chart/palette';
import type { TableSpec } from '@/components/table/columns';
import type { StatusCountRow } from '@/features/commitments/commitments-series';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

/** The status chart's legend: its rungs as the chart draws them, in ladder order. */
export function statusLegend(rows: readonly StatusCountRow[]): SeriesSpec[] {
  return rows.map((row) => ({ label: row.label, color: STATUS_COLORS[row.status] }));
}

/**
 * The status chart's data: a rung and its count. In the table each rung toggles the Status filter,
 * so keyboards can do what clicks on the bars do.
 */
export function statusCountTable(
  rows: readonly StatusCountRow[],
  selected: readonly CommitmentStatus[] = [],
  onToggle?: (status: CommitmentStatus) => void,
): TableSpec<StatusCountRow> {
  return {
    caption: 'Commitments by status, ignoring the Status filter; press a status to filter by it',
    rows,
    rowKey: (row) => row.status,
    columns: [
      {
        header: 'Status',
        value: (row) => row.label,
        cell: (row) => (
          <button
            type="button"
            aria-pressed={selected.includes(row.status)}
            onClick={() => onToggle?.(row.status)}
            className={cn(LINK_STYLE, 'min-h-6 text-left aria-pressed:font-semibold')}
          >
            {row.label}
          </button>
        ),
        rowHeader: true,
      },
      { header: 'Commitments', value: (row) => row.count, numeric: true },
    ],
  };
}
