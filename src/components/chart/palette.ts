import type { Readout } from '@/data/schema';

/**
 * Series colours as CSS variables (defined for light and dark themes in index.css), from the
 * Okabe–Ito colour-blind-safe set, darkened where needed for 3:1 contrast with the surface.
 */
export const READOUT_PALETTE = {
  'us-only': { label: 'US statement only', color: 'var(--color-series-us)' },
  'kz-only': { label: 'Kazakh readout only', color: 'var(--color-series-kz)' },
  both: { label: 'Both US and Kazakh readouts', color: 'var(--color-series-both)' },
  joint: { label: 'Joint statement', color: 'var(--color-series-joint)' },
  eu: { label: 'EU statement', color: 'var(--color-series-eu)' },
} as const satisfies Record<string, { label: string; color: string }>;

export type ReadoutGroup = keyof typeof READOUT_PALETTE;

export const READOUT_GROUPS = Object.keys(READOUT_PALETTE) as ReadoutGroup[];

/**
 * The palette group for the readouts that raised one topic at one meeting. Precedence: a joint
 * statement wins (`joint`); then US and Kazakh readouts together (`both`); then either alone
 * (`us-only`, `kz-only`); an EU statement decides only when no US, Kazakh or joint readout raised
 * it (`eu`). An empty set gives null.
 */
export function readoutGroupOf(readouts: ReadonlySet<Readout>): ReadoutGroup | null {
  if (readouts.has('joint-statement')) return 'joint';
  const us = readouts.has('us-statement');
  const kz = readouts.has('kazakh-readout');
  if (us && kz) return 'both';
  if (us) return 'us-only';
  if (kz) return 'kz-only';
  if (readouts.has('eu-statement')) return 'eu';
  return null;
}

/** Status colours: light to dark blue as a reform advances, orange and red once it is reversed. */
export const STATUS_COLORS = {
  'no-evidence': 'var(--color-status-0)',
  announced: 'var(--color-status-1)',
  'in-preparation': 'var(--color-status-2)',
  adopted: 'var(--color-status-3)',
  complete: 'var(--color-status-5)',
  'partly-reversed': 'var(--color-status-partly-reversed)',
  reversed: 'var(--color-status-reversed)',
} as const;
