import type { Commitment } from '@/data/schema';
import { STATUS_COLORS } from '@/components/chart/palette';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import type { StatusCountRow } from '@/features/commitments/commitments-series';

/** The status chart's export: one CSV row per rung, the commitments counted, the ladder as legend. */
export function buildStatusExport(
  rows: readonly StatusCountRow[],
  commitments: readonly Commitment[],
): ChartExportSpec {
  return {
    stem: 'commitments-by-status',
    csv: { header: ['Status', 'Commitments'], rows: rows.map((row) => [row.label, row.count]) },
    records: commitments,
    legend: rows.map((row) => ({ label: row.label, color: STATUS_COLORS[row.status] })),
  };
}
