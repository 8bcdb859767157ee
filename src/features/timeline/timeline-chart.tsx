import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { yearAxisProps } from '@/components/chart/chart-style';
import { SeriesMark } from '@/components/chart/series-mark';
import type { TimelineLane, TimelinePoint } from '@/features/timeline/timeline-series';
import { timelineMarkOf } from '@/features/timeline/timeline-spec';

export type TimelineChartProps = {
  lanes: readonly TimelineLane[];
  points: readonly TimelinePoint[];
  domain: [number, number];
  yearTicks: readonly number[];
  onSelect: (point: TimelinePoint) => void;
};

type MarkProps = { cx?: number; cy?: number; payload?: TimelinePoint };

// Shape, not only colour: held, planned, not confirmed and milestones each have their own.
function TimelineMark({ cx = 0, cy = 0, payload }: MarkProps) {
  if (!payload) return null;
  return <SeriesMark spec={timelineMarkOf(payload)} cx={cx} cy={cy} radius={7} />;
}

function TimelineTooltip({ payload }: { payload?: readonly { payload?: TimelinePoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!point) return null;
  return (
    <div className="max-w-xs rounded-md border border-line bg-surface p-2 text-xs shadow">
      <p className="font-semibold">{point.title}</p>
      <p>
        {point.dateLabel}
        {point.precision !== 'day' && ` (${point.precision} known only)`}
      </p>
      <p className="text-muted">{point.detail}</p>
    </div>
  );
}

export function TimelineChart({ lanes, points, domain, yearTicks, onSelect }: TimelineChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 10, right: 16, bottom: 10, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--color-line)" />
        <XAxis {...yearAxisProps(domain, yearTicks)} fontSize={12} />
        <YAxis
          type="number"
          dataKey="lane"
          domain={[-0.5, lanes.length - 0.5]}
          ticks={lanes.map((_, index) => index)}
          tickFormatter={(index: number) => lanes[index]?.label ?? ''}
          reversed
          width={150}
          stroke="var(--color-muted)"
          fontSize={12}
        />
        <Tooltip content={<TimelineTooltip />} cursor={false} />
        <Scatter
          data={[...points]}
          shape={<TimelineMark />}
          isAnimationActive={false}
          onClick={(entry: { payload?: TimelinePoint }) => entry.payload && onSelect(entry.payload)}
          cursor="pointer"
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
