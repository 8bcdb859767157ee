import type { SeriesSpec } from '@/components/chart/chart-spec';

export type SeriesMarkProps = {
  spec: Pick<SeriesSpec, 'color' | 'shape'>;
  cx: number;
  cy: number;
  /** Half the mark's width, in pixels. */
  radius: number;
};

/** A series' mark drawn in SVG at (cx, cy): its shape and colour, outlined against the surface. */
export function SeriesMark({ spec, cx, cy, radius: r }: SeriesMarkProps) {
  const { color } = spec;
  switch (spec.shape) {
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
          fill={color}
          stroke="var(--color-surface)"
        />
      );
    case 'circle':
      return (
        <circle
          cx={cx}
          cy={cy}
          r={r}
          fill={color}
          stroke="var(--color-surface)"
          strokeWidth={1.5}
        />
      );
    case 'ring':
    case 'ring-question':
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
          {spec.shape === 'ring-question' && (
            <text
              x={cx}
              y={cy + r / 2}
              textAnchor="middle"
              fontSize={10}
              fontWeight={700}
              fill={color}
            >
              ?
            </text>
          )}
        </g>
      );
    default:
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={color} />;
  }
}
