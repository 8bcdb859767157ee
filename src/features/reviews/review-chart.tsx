import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatReviewTick, type ReviewAxis } from '@/features/reviews/review-axis';
import type { ReviewPoint } from '@/features/reviews/reviews-series';
import { TICK, yearAxisProps } from '@/components/chart/chart-style';

type ChartedMeasure = 'score' | 'rank' | 'tier';

export type ReviewChartProps = {
  /** Editions with a value, oldest first. */
  points: readonly ReviewPoint[];
  axis: ReviewAxis;
  measure: ChartedMeasure;
  timeDomain: [number, number];
  yearTicks: readonly number[];
  /** Print each value above its mark (a few editions), or leave them to the tooltip and table. */
  labelled: boolean;
  onSelect: (reviewId: string) => void;
};

const FORMAT_VALUE = {
  score: (value: number) => formatReviewTick(value, 'score'),
  rank: (value: number) => formatReviewTick(value, 'rank'),
  tier: (value: number) => formatReviewTick(value, 'tier'),
} as const;
const LINE = { stroke: 'var(--color-accent)', strokeWidth: 2 };
const X_LABEL = {
  value: 'Published',
  position: 'insideBottom',
  offset: -10,
  fill: 'var(--color-muted)',
  fontSize: 12,
} as const;

type MarkProps = { cx?: number; cy?: number; payload?: ReviewPoint };

const Dot = ({ cx = 0, cy = 0 }: MarkProps) => (
  <circle
    cx={cx}
    cy={cy}
    r={6}
    fill="var(--color-accent)"
    stroke="var(--color-surface)"
    strokeWidth={1.5}
  />
);

/** A dot with the edition's value printed above it, so the chart reads without hovering. */
function LabelledDot(props: MarkProps) {
  const { cx = 0, cy = 0, payload } = props;
  return (
    <g>
      <Dot {...props} />
      <text x={cx} y={cy - 11} textAnchor="middle" fontSize={12} fill="var(--color-ink)">
        {payload?.valueText}
      </text>
    </g>
  );
}

function ReviewTooltip({ payload }: { payload?: readonly { payload?: ReviewPoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!point) return null;
  return (
    <div className="max-w-xs rounded-md border border-line bg-surface p-2 text-xs shadow">
      <p className="font-semibold">{point.edition}</p>
      <p>{point.label}</p>
      <p className="text-muted">Published {point.dateLabel}</p>
    </div>
  );
}

/** One series' editions over time: dots joined by a line on an axis fitted to the values. */
export function ReviewChart({
  points,
  axis,
  measure,
  timeDomain,
  yearTicks,
  labelled,
  onSelect,
}: ReviewChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 20, right: 20, bottom: 16, left: 4 }}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis {...yearAxisProps(timeDomain, yearTicks)} tick={TICK} label={X_LABEL} />
        <YAxis
          type="number"
          dataKey="value"
          domain={axis.domain}
          ticks={axis.ticks}
          reversed={axis.reversed}
          tickFormatter={FORMAT_VALUE[measure]}
          tick={TICK}
          width={measure === 'tier' ? 56 : 44}
          stroke="var(--color-muted)"
          allowDataOverflow
        />
        <Tooltip content={<ReviewTooltip />} cursor={false} />
        <Scatter
          data={[...points]}
          line={LINE}
          shape={labelled ? <LabelledDot /> : <Dot />}
          isAnimationActive={false}
          onClick={(entry: { payload?: ReviewPoint }) =>
            entry.payload && onSelect(entry.payload.reviewId)
          }
          cursor="pointer"
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
