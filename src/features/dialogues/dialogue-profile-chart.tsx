import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DialogueSeries, ProfileRow } from '@/features/dialogues/dialogues-series';
import {
  countAxisLabel,
  countFormatter,
  LEGEND_TOP,
  TICK,
  TOOLTIP_CURSOR,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_STYLE,
} from '@/components/chart/chart-style';

export type DialogueProfileChartProps = {
  rows: readonly ProfileRow[];
  series: readonly DialogueSeries[];
};

const formatCount = countFormatter('meeting');

/** Meetings raising each topic as horizontal bars, one bar per dialogue side by side. */
export function DialogueProfileChart({ rows, series }: DialogueProfileChartProps) {
  // recharts sorts tooltip items by name by default; keep the dialogues' order instead.
  const bySeriesOrder = (item: { dataKey?: unknown }) =>
    series.findIndex((s) => s.dialogueId === item.dataKey);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 0, right: 16, bottom: 16, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis type="number" allowDecimals={false} tick={TICK} label={countAxisLabel('Meetings')} />
        <YAxis type="category" dataKey="label" width={180} interval={0} tick={TICK} />
        <Tooltip
          itemSorter={bySeriesOrder}
          formatter={formatCount}
          contentStyle={TOOLTIP_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          cursor={TOOLTIP_CURSOR}
        />
        <Legend {...LEGEND_TOP} />
        {series.map((s) => (
          <Bar
            key={s.dialogueId}
            dataKey={s.dialogueId}
            name={s.label}
            maxBarSize={14}
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
