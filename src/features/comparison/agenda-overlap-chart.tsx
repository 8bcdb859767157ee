import type { YAxisTickContentProps } from 'recharts';
import { HorizontalBarChart } from '@/components/chart/horizontal-bar-chart';
import type { AgendaOverlapRow } from '@/features/comparison/agenda-overlap';
import { OVERLAP_BARS } from '@/features/comparison/comparison-spec';

export type AgendaOverlapChartProps = {
  rows: readonly AgendaOverlapRow[];
};

/** Each meeting's topics as a 100% bar split by whose text raised them (both, joint, one side). */
export function AgendaOverlapChart({ rows }: AgendaOverlapChartProps) {
  const single = new Set(rows.filter((row) => row.singleReadout).map((row) => row.label));
  const renderTick = (props: YAxisTickContentProps) => (
    <MeetingTick {...props} single={single.has(String(props.payload.value))} />
  );
  return (
    <HorizontalBarChart
      rows={rows}
      series={OVERLAP_BARS}
      labelWidth={170}
      labelTick={renderTick}
      maxBarSize={28}
      stack="share"
      noun="topic"
    />
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
