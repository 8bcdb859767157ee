import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { CommitmentStatus } from '@/domain/commitment-status';
import type { StatusCountRow } from '@/features/commitments/commitments-series';
import { STATUS_COLORS } from '@/components/chart/palette';
import {
  TICK,
  TOOLTIP_CURSOR,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_STYLE,
} from '@/components/chart/chart-style';

export type CommitmentStatusChartProps = {
  rows: readonly StatusCountRow[];
  /** Statuses chosen in the shared Status filter; the others are drawn faded. */
  selected: readonly CommitmentStatus[];
  onSelectStatus: (status: CommitmentStatus) => void;
};

const VALUE_LABEL = { fill: 'var(--color-ink)', fontSize: 12, fontWeight: 600 };
const X_LABEL = {
  value: 'Number of commitments',
  position: 'insideBottom',
  offset: -12,
  fill: 'var(--color-muted)',
  fontSize: 12,
} as const;
const countFormatter = (value: unknown) => [String(value), 'Commitments'] as const;

/** Commitments per status rung as horizontal bars, lowest rung at the top, counts printed. */
export function CommitmentStatusChart({
  rows,
  selected,
  onSelectStatus,
}: CommitmentStatusChartProps) {
  const isFaded = (status: CommitmentStatus) => selected.length > 0 && !selected.includes(status);
  const renderBar = (props: BarShapeProps) => {
    const row = rows[props.index];
    if (!row) return <g />;
    return (
      <Rectangle
        {...props}
        fill={STATUS_COLORS[row.status]}
        fillOpacity={isFaded(row.status) ? 0.3 : 1}
        stroke="var(--color-ink)"
        strokeWidth={selected.includes(row.status) ? 2 : 0}
        cursor="pointer"
      />
    );
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 32, bottom: 20, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={TICK}
          stroke="var(--color-muted)"
          label={X_LABEL}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={160}
          tick={TICK}
          stroke="var(--color-muted)"
        />
        <Tooltip
          cursor={TOOLTIP_CURSOR}
          contentStyle={TOOLTIP_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          formatter={countFormatter}
        />
        <Bar
          dataKey="count"
          name="Commitments"
          isAnimationActive={false}
          shape={renderBar}
          onClick={(_, index) => {
            const row = rows[index];
            if (row) onSelectStatus(row.status);
          }}
        >
          <LabelList dataKey="count" position="right" style={VALUE_LABEL} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
