import type { SeriesSpec } from '@/components/chart/chart-spec';

export type SeriesMarkProps = {
  spec: Pick<SeriesSpec, 'color' | 'shape'>;
  cx: number;
  cy: number;
  /** Half the mark's width, in pixels. */
  radius: number;
};

/** A series' mark drawn in SVG at (cx, cy): its shape and colour, outlined against the surface. */
export function SeriesMark({ spec: { color, shape }, cx, cy, radius: r }: SeriesMarkProps) {
  const outline = { stroke: 'var(--color-surface)' };
  if (shape === 'diamond')
    return (
      <path
        d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
        fill={color}
        {...outline}
      />
    );
  if (shape === 'circle')
    return <circle cx={cx} cy={cy} r={r} fill={color} {...outline} strokeWidth={1.5} />;
  if (shape !== 'ring' && shape !== 'ring-question')
    return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={color} />;
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill="var(--color-surface)"
        stroke={color}
        strokeWidth={2}
        strokeDasharray="3 2"
      />
      {shape === 'ring-question' && (
        <text x={cx} y={cy + r / 2} textAnchor="middle" fontSize={10} fontWeight={700} fill={color}>
          ?
        </text>
      )}
    </g>
  );
}
