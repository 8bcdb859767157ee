import type { Meeting } from '@/data/schema';
import { READOUT_GROUPS, READOUT_PALETTE } from '@/components/chart/palette';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import type { TopicFrequencyRow, TopicRoundMatrix } from '@/features/topics/topics-series';

const LEGEND = READOUT_GROUPS.map((group) => ({
  label: READOUT_PALETTE[group].label,
  color: READOUT_PALETTE[group].color,
}));

/** The topic-frequency export: one CSV row per bar with its split by readout, and the meetings behind it. */
export function buildTopicFrequencyExport(
  rows: readonly TopicFrequencyRow[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  return {
    stem: 'topic-frequency',
    csv: {
      header: [
        'Topic',
        'Meetings raising it',
        ...READOUT_GROUPS.map((group) => READOUT_PALETTE[group].label),
      ],
      rows: rows.map((row) => [row.label, row.total, ...READOUT_GROUPS.map((group) => row[group])]),
    },
    records: meetings,
    legend: LEGEND,
  };
}

/** The topic-by-meeting export: one CSV row per topic, one column per meeting naming the readout. */
export function buildTopicRoundExport(
  matrix: TopicRoundMatrix,
  meetings: readonly Meeting[],
): ChartExportSpec {
  const shown = new Set(matrix.columns.map((column) => column.meetingId));
  return {
    stem: 'topics-by-meeting',
    csv: {
      header: ['Topic', ...matrix.columns.map((column) => column.label)],
      rows: matrix.rows.map((row) => [
        row.label,
        ...row.cells.map((cell) => (cell.group ? READOUT_PALETTE[cell.group].label : '')),
      ]),
    },
    records: meetings.filter((meeting) => shown.has(meeting.id)),
    legend: LEGEND,
  };
}
