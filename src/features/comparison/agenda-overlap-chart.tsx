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
import { READOUT_PALETTE } from '@/components/chart/palette';
import { OVERLAP_STACKS, type AgendaOverlapRow } from '@/features/comparison/comparison-series';
import {
  countFormatter,
  LEGEND_TOP,
  TICK,
  TOOLTIP_CURSOR,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_STYLE,
} from '@/components/chart/chart-style';

export type AgendaOverlapChartProps = {
  rows: readonly AgendaOverlapRow[];
};

const formatPercentTick = (value: number) => `${Math.round(value * 100)}%`;
const formatCount = countFormatter('topic');
// recharts sorts legend and tooltip items by name by default; keep the stacking order instead.
const byStackOrder = (item: { dataKey?: unknown }) =>
  OVERLAP_STACKS.findIndex((stack) => stack.key === item.dataKey);

/** Each meeting's topics as a 100% bar split by whose text raised them (both, joint, one side). */
export function AgendaOverlapChart({ rows }: AgendaOverlapChartProps) {
  const single = new Set(rows.filter((row) => row.singleReadout).map((row) => row.label));
  const renderTick = (props: YAxisTickContentProps) => (
    <MeetingTick {...props} single={single.has(String(props.payload.value))} />
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        layout="vertical"
        stackOffset="expand"
        margin={{ top: 0, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis type="number" tick={TICK} tickFormatter={formatPercentTick} />
        <YAxis type="category" dataKey="label" width={170} interval={0} tick={renderTick} />
        <Tooltip
          itemSorter={byStackOrder}
          formatter={formatCount}
          contentStyle={TOOLTIP_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          cursor={TOOLTIP_CURSOR}
        />
        <Legend {...LEGEND_TOP} />
        {OVERLAP_STACKS.map((stack) => (
          <Bar
            key={stack.key}
            dataKey={stack.key}
            name={READOUT_PALETTE[stack.group].label}
            stackId="topics"
            maxBarSize={28}
            fill={READOUT_PALETTE[stack.group].color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

// The meeting's name, with a second line saying so when only one readout is recorded.
function MeetingTick({ x, y, payload, single }: YAxisTickContentProps & { single: boolean }) {
  return (
    <text x={x} y={y} dx={-6} textAnchor="end" fontSize={12} fill="var(--color-ink)">
      <tspan x={x} dx={-6} dy={single ? '-0.2em' : '0.35em'}>
        {String(payload.value)}
      </tspan>
      {single && (
        <tspan x={x} dx={-6} dy="1.2em" fill="var(--color-muted)">
          one readout only
        </tspan>
      )}
    </text>
  );
}
