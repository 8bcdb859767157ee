import type { YAxisTickContentProps } from 'recharts';
import { HorizontalBarChart } from '@/components/chart/horizontal-bar-chart';
import { truncateLabel } from '@/lib/truncate-label';
import type { TopicFrequencyRow } from '@/features/topics/topic-frequency';
import { READOUT_BARS } from '@/features/topics/topics-spec';

export type TopicFrequencyChartProps = {
  rows: readonly TopicFrequencyRow[];
  /** Called with the topic of the bar that was clicked. */
  onSelectTopic: (topicId: string) => void;
};

/** Meetings raising each topic as horizontal bars stacked by which readout raised it. */
export function TopicFrequencyChart({ rows, onSelectTopic }: TopicFrequencyChartProps) {
  return (
    <HorizontalBarChart
      rows={rows}
      series={READOUT_BARS}
      labelWidth={210}
      labelTick={TopicTick}
      maxBarSize={28}
      stack="count"
      noun="meeting"
      axisLabel="Meetings"
      onSelect={(row) => onSelectTopic(row.topicId)}
    />
  );
}

// A plain one-line label: recharts' own tick text wraps long labels onto two cramped lines.
function TopicTick({ x, y, payload }: YAxisTickContentProps) {
  const label = String(payload.value);
  return (
    <text x={x} y={y} dx={-6} dy="0.35em" textAnchor="end" fontSize={12} fill="var(--color-ink)">
      <title>{label}</title>
      {truncateLabel(label, 26)}
    </text>
  );
}
