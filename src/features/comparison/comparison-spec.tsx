import { READOUT_LABELS } from '@/domain/labels';
import type { BarSeries } from '@/components/chart/horizontal-bar-chart';
import { READOUT_PALETTE } from '@/components/chart/palette';
import type { TableSpec } from '@/components/table/columns';
import {
  formatShare,
  OVERLAP_STACKS,
  type AgendaOverlapRow,
} from '@/features/comparison/agenda-overlap';

type StackKey = (typeof OVERLAP_STACKS)[number]['key'];

/** The overlap chart's stacks as bars and legend entries, named and coloured by readout group. */
export const OVERLAP_BARS: readonly BarSeries<StackKey>[] = OVERLAP_STACKS.map((stack) => ({
  ...READOUT_PALETTE[stack.group],
  key: stack.key,
}));

/** The overlap table's "Readouts" cell: the readouts listed, and "one readout only" when alone. */
export function describeReadouts(
  row: Pick<AgendaOverlapRow, 'readouts' | 'singleReadout'>,
): string {
  const labels = row.readouts.map((readout) => READOUT_LABELS[readout]).join(', ');
  return row.singleReadout ? `${labels} (one readout only)` : labels;
}

/** The overlap chart's data: per meeting (oldest first), topics by whose text raised them, and the share both raised. */
export function agendaOverlapTable(rows: readonly AgendaOverlapRow[]): TableSpec<AgendaOverlapRow> {
  return {
    caption:
      'Topics at each meeting by whose text raised them, and the share raised by both sides, meetings oldest first',
    rows,
    rowKey: (row) => row.meetingId,
    columns: [
      {
        header: 'Meeting',
        value: (row) => row.label,
        cell: (row) => (
          <>
            {row.label}
            <span className="block text-xs text-muted">{row.date}</span>
          </>
        ),
        rowHeader: true,
      },
      { header: 'Date', value: (row) => row.date, only: 'csv' },
      { header: 'Readouts', value: describeReadouts },
      { header: 'Topics', value: (row) => row.total, numeric: true, className: 'font-semibold' },
      ...OVERLAP_BARS.map((bar) => ({
        header: bar.label,
        value: (row: AgendaOverlapRow) => row[bar.key],
        numeric: true,
      })),
      {
        header: 'Raised by both sides',
        value: (row) => formatShare(row.overlapShare),
        numeric: true,
      },
    ],
  };
}
