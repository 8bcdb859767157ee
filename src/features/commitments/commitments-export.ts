import type { Commitment } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { StatusCountRow } from '@/features/commitments/commitments-series';
import { statusCountTable, statusLegend } from '@/features/commitments/commitments-spec';

/** The status chart's export: one CSV row per rung, the commitments counted, the ladder as legend. */
export function buildStatusExport(
  rows: readonly StatusCountRow[],
  commitments: readonly Commitment[],
): ChartExportSpec {
  return {
    stem: 'commitments-by-status',
    csv: csvOf(statusCountTable(rows)),
    records: commitments,
    legend: statusLegend(rows),
  };
}
