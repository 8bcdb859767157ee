import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisProps,
} from 'recharts';
import type { SeriesSpec } from '@/components/chart/chart-spec';
import {
  countAxisLabel,
  countFormatter,
  LEGEND_TOP,
  TICK,
  TOOLTIP_CURSOR,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_STYLE,
} from '@/components/chart/chart-style';

/** One bar of each row: the row's value under `key`, drawn and named as its spec says. */
export type BarSeries<Key extends string = string> = SeriesSpec & { key: Key };

export type HorizontalBarChartProps<Row extends { label: string }> = {
  rows: readonly Row[];
  /** The bars of a row, in stacking, legend and tooltip order. */
  series: readonly BarSeries[];
  /** Room for the row labels, in pixels. */
  labelWidth: number;
  labelTick?: YAxisProps['tick'];
  maxBarSize: number;
  /** Stack a row's series in one bar, as counts or as shares of the row; side by side otherwise. */
  stack?: 'count' | 'share';
  /** What a value counts, for the tooltip ("1 meeting", "3 meetings"). */
  noun: string;
  /** The label under the count axis. */
  axisLabel?: string;
  /** Called with the row of the bar that was clicked; the bars show a pointer when given. */
  onSelect?: (row: Row) => void;
};

const formatPercentTick = (value: number) => `${Math.round(value * 100)}%`;

/** Rows as horizontal bars, one per series side by side or stacked, with a legend above. */
export function HorizontalBarChart<Row extends { label: string }>({
  rows,
  series,
  labelWidth,
  labelTick = TICK,
  maxBarSize,
  stack,
  noun,
  axisLabel,
  onSelect,
}: HorizontalBarChartProps<Row>) {
  // recharts sorts tooltip items by name by default; keep the series' order instead.
  const bySeriesOrder = (item: { dataKey?: unknown }) =>
    series.findIndex((s) => s.key === item.dataKey);
  const select = (_: unknown, index: number) => {
    const row = rows[index];
    if (row) onSelect?.(row);
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[...rows]}
        layout="vertical"
        stackOffset={stack === 'share' ? 'expand' : undefined}
        margin={{ top: 0, right: 16, bottom: axisLabel ? 16 : 8, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis
          type="number"
          allowDecimals={stack === 'share'}
          tick={TICK}
          tickFormatter={stack === 'share' ? formatPercentTick : undefined}
          label={axisLabel ? countAxisLabel(axisLabel) : undefined}
        />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={labelTick} />
        <Tooltip
          itemSorter={bySeriesOrder}
          formatter={countFormatter(noun)}
          contentStyle={TOOLTIP_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          cursor={TOOLTIP_CURSOR}
        />
        <Legend {...LEGEND_TOP} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={stack ? 'bars' : undefined}
            maxBarSize={maxBarSize}
            fill={s.color}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? select : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
