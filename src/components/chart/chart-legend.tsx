import type { SeriesSpec } from '@/components/chart/chart-spec';

export type ChartLegendProps = {
  /** The list's accessible name. */
  label: string;
  items: readonly SeriesSpec[];
  className: string;
};

/** A chart's legend on screen, from the same series specs as its marks and its export legend. */
export function ChartLegend({ label, items, className }: ChartLegendProps) {
  return (
    <ul aria-label={label} className={className}>
      {items.map((item) => (
        <li
          key={item.label}
          className={item.glyph ? 'flex items-center gap-1.5' : 'flex items-center gap-1'}
        >
          <Swatch item={item} /> {item.label}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ item }: { item: SeriesSpec }) {
  const { color } = item;
  if (item.glyph)
    return (
      <span
        aria-hidden="true"
        className="inline-flex h-5 min-w-7 items-center justify-center rounded px-1 text-xs font-semibold text-surface"
        style={{ background: color }}
      >
        {item.glyph}
      </span>
    );
  switch (item.shape) {
    case 'circle':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full"
          style={{ background: color }}
        />
      );
    case 'ring':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full border-2 border-dashed"
          style={{ borderColor: color }}
        />
      );
    case 'ring-question':
      return (
        <span
          aria-hidden="true"
          className="inline-flex size-3.5 items-center justify-center rounded-full border-2 border-dashed text-[8px] leading-none font-bold"
          style={{ borderColor: color, color }}
        >
          ?
        </span>
      );
    case 'diamond':
      return (
        <span
          aria-hidden="true"
          className="inline-block size-3 rotate-45"
          style={{ background: color }}
        />
      );
    default:
      return (
        <span aria-hidden="true" className="inline-block size-3" style={{ background: color }} />
      );
  }
}
