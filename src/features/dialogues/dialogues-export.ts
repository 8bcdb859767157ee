import type { Meeting } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { DialogueSeries, ProfileRow } from '@/features/dialogues/dialogue-profile-rows';
import { profileColumns } from '@/features/dialogues/dialogues-spec';

/** The dialogue-profile export: one CSV row per topic with each dialogue's count and share, the meetings behind it. */
export function buildDialogueProfileExport(
  rows: readonly ProfileRow[],
  series: readonly DialogueSeries[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  return {
    stem: 'dialogue-profiles',
    csv: csvOf({ columns: profileColumns(series, 'csv'), rows }),
    records: meetings,
    legend: series.map(({ label, color }) => ({ label, color })),
  };
}
