import type { SeriesConfig } from '@/components/chart/chart-spec';
import type { CommitmentStatus } from '@/domain/commitment-status';
import type { ReadoutGroup } from '@/domain/readout-group';

/**
 * Series colours as CSS variables (defined for light and dark themes in index.css), from the
 * Okabe–Ito colour-blind-safe set, darkened where needed for 3:1 contrast with the surface.
 */
export const READOUT_PALETTE = {
  'us-only': { label: 'US statement only', color: 'var(--color-series-us)', glyph: 'US' },
  'kz-only': { label: 'Kazakh readout only', color: 'var(--color-series-kz)', glyph: 'KZ' },
  both: { label: 'Both US and Kazakh readouts', color: 'var(--color-series-both)', glyph: 'B' },
  joint: { label: 'Joint statement', color: 'var(--color-series-joint)', glyph: 'J' },
  eu: { label: 'EU statement', color: 'var(--color-series-eu)', glyph: 'EU' },
} as const satisfies SeriesConfig<ReadoutGroup>;

/** Dialogue colours in turn: the primary dialogue takes the US colour, the next the EU colour. */
export const DIALOGUE_COLORS = [
  'var(--color-series-us)',
  'var(--color-series-eu)',
  'var(--color-series-joint)',
  'var(--color-series-kz)',
  'var(--color-series-both)',
] as const;

/** Status colours: light to dark blue as a reform advances, orange and red once it is reversed. */
export const STATUS_COLORS = {
  'no-evidence': 'var(--color-status-0)',
  announced: 'var(--color-status-1)',
  'in-preparation': 'var(--color-status-2)',
  adopted: 'var(--color-status-3)',
  complete: 'var(--color-status-5)',
  'partly-reversed': 'var(--color-status-partly-reversed)',
  reversed: 'var(--color-status-reversed)',
} as const satisfies Record<CommitmentStatus, string>;
