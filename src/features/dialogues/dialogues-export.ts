import type { Meeting } from '@/data/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import {
  countOf,
  shareOf,
  type DialogueSeries,
  type ProfileRow,
} from '@/features/dialogues/dialogues-series';

const percent = (share: number | null) => (share === null ? '' : Math.round(share * 100));

/**
 * The dialogue-profile export: one CSV row per topic with each dialogue's meeting count and share
 * (whole percent, empty when the dialogue has no meetings with topics), the meetings behind it.
 */
export function buildDialogueProfileExport(
  rows: readonly ProfileRow[],
  series: readonly DialogueSeries[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  return {
    stem: 'dialogue-profiles',
    csv: {
      header: [
        'Topic',
        ...series.flatMap((s) => [
          `${s.label}: meetings`,
          `${s.label}: % of its meetings with topics`,
        ]),
      ],
      rows: rows.map((row) => [
        row.label,
        ...series.flatMap((s) => [countOf(row, s.dialogueId), percent(shareOf(row, s.dialogueId))]),
      ]),
    },
    records: meetings,
    legend: series.map((s) => ({ label: s.label, color: s.color })),
  };
}
