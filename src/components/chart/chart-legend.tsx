import type { SeriesShape, SeriesSpec } from '@/components/chart/chart-spec';

export type ChartLegendProps = {
  /** The list's accessible name. */
  label: string;
  items: readonly SeriesSpec[];
  className: string;
};

const SWATCH: Record<SeriesShape | 'glyph', string> = {
  square: 'inline-block size-3',
  circle: 'inline-block size-3 rounded-full',
  ring: 'inline-block size-3 rounded-full border-2 border-dashed',
  'ring-question':
    'inline-flex size-3.5 items-center justify-center rounded-full border-2 border-dashed text-[8px] leading-none font-bold',
  diamond: 'inline-block size-3 rotate-45',
  glyph:
    'inline-flex h-5 min-w-7 items-center justify-center rounded px-1 text-xs font-semibold text-surface',
};

/** A chart's legend on screen, from the same series specs as its marks and its export legend. */
export function ChartLegend({ label, items, className }: ChartLegendProps) {
  return (
    <ul aria-label={label} className={className}>
      {items.map((item) => {
        const kind = item.glyph ? 'glyph' : (item.shape ?? 'square');
        const hollow = kind === 'ring' || kind === 'ring-question';
        return (
          <li
            key={item.label}
            className={item.glyph ? 'flex items-center gap-1.5' : 'flex items-center gap-1'}
          >
            <span
              aria-hidden="true"
              className={SWATCH[kind]}
              style={
                hollow ? { borderColor: item.color, color: item.color } : { background: item.color }
              }
            >
              {item.glyph ?? (kind === 'ring-question' && '?')}
            </span>{' '}
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
