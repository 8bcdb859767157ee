import type { Meeting } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { AgendaOverlapRow } from '@/features/comparison/agenda-overlap';
import { agendaOverlapTable, OVERLAP_BARS } from '@/features/comparison/comparison-spec';

/** The agenda-overlap export: one CSV row per meeting as in its table, the meetings behind it, the legend. */
export function buildAgendaOverlapExport(
  rows: readonly AgendaOverlapRow[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  const shown = new Set(rows.map((row) => row.meetingId));
  return {
    stem: 'agenda-overlap',
    csv: csvOf(agendaOverlapTable(rows)),
    records: meetings.filter((meeting) => shown.has(meeting.id)),
    legend: OVERLAP_BARS,
  };
}
