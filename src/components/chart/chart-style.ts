/** Axis tick text, in the theme's ink colour. */
export const TICK = { fill: 'var(--color-ink)', fontSize: 12 };

/** recharts' tooltip box in the theme's colours. */
export const TOOLTIP_STYLE = {
  background: 'var(--color-surface)',
  borderColor: 'var(--color-line)',
  color: 'var(--color-ink)',
};

/** A tooltip value formatter: "1 meeting", "3 meetings" (or another noun). */
export function countFormatter(
  singular: string,
  plural = `${singular}s`,
): (value: unknown) => string {
  return (value) => (value === 1 ? `1 ${singular}` : `${String(value)} ${plural}`);
}
