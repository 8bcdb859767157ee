/** Axis tick text, in the theme's ink colour. */
export const TICK = { fill: 'var(--color-ink)', fontSize: 12 };

/** recharts' tooltip box in the theme's colours. */
export const TOOLTIP_STYLE = {
  background: 'var(--color-surface)',
  borderColor: 'var(--color-line)',
  color: 'var(--color-ink)',
};

/** A tooltip row's text in ink: recharts otherwise colours it like its series, which a bar drawn by
 * its own shape does not have (its default blue fails contrast on the dark surface). */
export const TOOLTIP_ITEM_STYLE = { color: 'var(--color-ink)' };

/** A tooltip value formatter: "1 meeting", "3 meetings" (or another noun). */
export function countFormatter(
  singular: string,
  plural = `${singular}s`,
): (value: unknown) => string {
  return (value) => (value === 1 ? `1 ${singular}` : `${String(value)} ${plural}`);
}

/** recharts' hover band behind a bar, in the theme's accent. */
export const TOOLTIP_CURSOR = { fill: 'var(--color-accent-soft)' };

/** A legend above the plot, in the order the series are given (recharts sorts by name otherwise). */
export const LEGEND_TOP = {
  itemSorter: null,
  verticalAlign: 'top',
  wrapperStyle: { fontSize: 12, paddingBottom: 8 },
} as const;

/** The label under a count axis, e.g. "Meetings". */
export function countAxisLabel(value: string) {
  return { value, position: 'insideBottom', offset: -8, fill: 'var(--color-muted)' } as const;
}

const formatYear = (time: number) => String(new Date(time).getUTCFullYear());

/** A date axis over `time` (ms since 1970) labelled by year, for the charts that place records in time. */
export function yearAxisProps(domain: [number, number], yearTicks: readonly number[]) {
  return {
    type: 'number' as const,
    dataKey: 'time',
    domain,
    ticks: [...yearTicks],
    tickFormatter: formatYear,
    stroke: 'var(--color-muted)',
  };
}
