import { HorizontalBarChart } from '@/components/chart/horizontal-bar-chart';
import type { DialogueSeries, ProfileRow } from '@/features/dialogues/dialogue-profile-rows';
import { dialogueBars } from '@/features/dialogues/dialogues-spec';

export type DialogueProfileChartProps = {
  rows: readonly ProfileRow[];
  series: readonly DialogueSeries[];
};

/** Meetings raising each topic as horizontal bars, one bar per dialogue side by side. */
export function DialogueProfileChart({ rows, series }: DialogueProfileChartProps) {
  return (
    <HorizontalBarChart
      rows={rows}
      series={dialogueBars(series)}
      labelWidth={180}
      maxBarSize={14}
      noun="meeting"
      axisLabel="Meetings"
    />
  );
}
