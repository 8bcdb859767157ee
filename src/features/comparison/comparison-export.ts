import { READOUT_LABELS } from '@/data/labels';
import type { Meeting } from '@/data/schema';
import { READOUT_PALETTE } from '@/components/chart/palette';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import {
  formatShare,
  OVERLAP_STACKS,
  type AgendaOverlapRow,
} from '@/features/comparison/comparison-series';

/** The overlap table's "Readouts" cell: the readouts listed, and "one readout only" when alone. */
export function describeReadouts(
  row: Pick<AgendaOverlapRow, 'readouts' | 'singleReadout'>,
): string {
  const labels = row.readouts.map((readout) => READOUT_LABELS[readout]).join(', ');
  return row.singleReadout ? `${labels} (one readout only)` : labels;
}

/** The agenda-overlap export: one CSV row per meeting as in its table, the meetings behind it, the legend. */
export function buildAgendaOverlapExport(
  rows: readonly AgendaOverlapRow[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  const shown = new Set(rows.map((row) => row.meetingId));
  return {
    stem: 'agenda-overlap',
    csv: {
      header: [
        'Meeting',
        'Date',
        'Readouts',
        'Topics',
        ...OVERLAP_STACKS.map((stack) => READOUT_PALETTE[stack.group].label),
        'Raised by both sides',
      ],
      rows: rows.map((row) => [
        row.label,
        row.date,
        describeReadouts(row),
        row.total,
        ...OVERLAP_STACKS.map((stack) => row[stack.key]),
        formatShare(row.overlapShare),
      ]),
    },
    records: meetings.filter((meeting) => shown.has(meeting.id)),
    legend: OVERLAP_STACKS.map((stack) => ({
      label: READOUT_PALETTE[stack.group].label,
      color: READOUT_PALETTE[stack.group].color,
    })),
  };
}
