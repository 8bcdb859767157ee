import type { ReviewSeries } from '@/domain/schema';

/** A value axis fitted to one series' editions. */
export type ReviewAxis = {
  domain: [number, number];
  ticks: number[];
  /** True when lower is better: the axis runs downwards so that better is always up. */
  reversed: boolean;
};

type ChartedMeasure = Exclude<ReviewSeries['measure'], 'outcome'>;

/** 1, 2, 2.5 or 5 times a power of ten: the smallest such step at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

// Ticks are sums of decimal steps; rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
const tidy = (value: number) => Number(value.toFixed(10));

/**
 * A value axis fitted to the data, not to the whole scale (Grapher's line charts do the same): the
 * values' range, widened to at least a fifth of their size (two whole steps for a tier) so that a flat
 * series does not fill the plot with noise, rounded outwards to a step of 1, 2, 2.5 or 5 × 10ⁿ (whole
 * numbers for ranks and tiers) with a step to spare where a value would sit on the edge, never below
 * 0 for a score of positive values nor below 1 for a rank or tier. Lower-is-better series, and
 * tiers not ranked either way, are reversed. Empty input gives [0, 1].
 */
export function fitReviewAxis(
  values: readonly number[],
  measure: ChartedMeasure,
  higherIsBetter: boolean | null,
): ReviewAxis {
  // Tiers read downwards from Tier 1 as the reports list them, whether or not the data ranks them.
  const reversed = higherIsBetter === false || (measure === 'tier' && higherIsBetter === null);
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1], reversed };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const whole = measure !== 'score';
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  const span = Math.max(high - low, magnitude * 0.2, measure === 'tier' ? 2 : 0) || 1;
  const rawStep = niceStep(span / 4);
  const step = whole ? Math.max(1, Math.ceil(rawStep)) : rawStep;
  const middle = (low + high) / 2;
  const floor = measure === 'score' ? (low >= 0 ? 0 : -Infinity) : 1;
  let start = Math.max(floor, Math.floor(tidy(Math.min(low, middle - span / 2) / step)) * step);
  let end = Math.ceil(tidy(Math.max(high, middle + span / 2) / step)) * step;
  // A mark on the frame's edge reads as cut off: leave one step around the data where the scale allows.
  if (start === low && start - step >= floor) start -= step;
  if (end === high) end += step;
  const count = Math.round((end - start) / step);
  const ticks = Array.from({ length: count + 1 }, (_, index) => tidy(start + index * step));
  return { domain: [tidy(start), tidy(end)], ticks, reversed };
}

/** An axis tick in words: "Tier 2" for a tier, the number otherwise (up to two decimals). */
export function formatReviewTick(value: number, measure: ChartedMeasure): string {
  const number = String(tidy(Math.round(value * 100) / 100));
  return measure === 'tier' ? `Tier ${number}` : number;
}
