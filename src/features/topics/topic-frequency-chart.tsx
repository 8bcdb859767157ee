import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { READOUT_GROUPS, READOUT_PALETTE } from '@/components/chart/palette';
import { truncateLabel, type TopicFrequencyRow } from '@/features/topics/topics-series';
import {
  countAxisLabel,
  countFormatter,
  LEGEND_TOP,
  TICK,
  TOOLTIP_CURSOR,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_STYLE,
} from '@/components/chart/chart-style';

export type TopicFrequencyChartProps = {
  rows: readonly TopicFrequencyRow[];
  /** Called with the topic of the bar that was clicked. */
  onSelectTopic: (topicId: string) => void;
};

// recharts sorts legend and tooltip items by name by default; keep the palette's order instead.
const byGroupOrder = (item: { dataKey?: unknown }) =>
  READOUT_GROUPS.findIndex((group) => group === item.dataKey);
const formatCount = countFormatter('meeting');

/** Meetings raising each topic as horizontal bars stacked by which readout raised it. */
export function TopicFrequencyChart({ rows, onSelectTopic }: TopicFrequencyChartProps) {
  const select = (_: unknown, index: number) => {
    const row = rows[index];
    if (row) onSelectTopic(row.topicId);
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis type="number" allowDecimals={false} tick={TICK} label={countAxisLabel('Meetings')} />
        <YAxis type="category" dataKey="label" width={210} interval={0} tick={TopicTick} />
        <Tooltip
          itemSorter={byGroupOrder}
          formatter={formatCount}
          contentStyle={TOOLTIP_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          cursor={TOOLTIP_CURSOR}
        />
        <Legend {...LEGEND_TOP} />
        {READOUT_GROUPS.map((group) => (
          <Bar
            key={group}
            dataKey={group}
            name={READOUT_PALETTE[group].label}
            stackId="meetings"
            maxBarSize={28}
            fill={READOUT_PALETTE[group].color}
            cursor="pointer"
            onClick={select}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
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
