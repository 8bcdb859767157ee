import { formatCount } from '@/lib/format-count';

/** The most rows (bars or bar groups) a chart draws; past this it is unreadable and slow to draw. */
export const CHART_ROW_LIMIT = 30;

export type LimitedRows<T> = {
  /** The rows the chart draws, in the given order. */
  shown: readonly T[];
  /** A sentence on what the chart leaves out and where to find it, or '' when it shows all. */
  note: string;
};

/**
 * Keeps the first `limit` of `rows` (already ranked) for a chart, or the last with `keep: 'last'`
 * (the latest of rows ordered oldest first). `ranked` says which ones are kept ("most raised",
 * "latest") and `noun` what they are ("topics"); the table and the CSV keep them all.
 */
export function limitChartRows<T>(
  rows: readonly T[],
  limit: number,
  ranked: string,
  noun: string,
  keep: 'first' | 'last' = 'first',
): LimitedRows<T> {
  if (rows.length <= limit) return { shown: rows, note: '' };
  return {
    shown: keep === 'first' ? rows.slice(0, limit) : rows.slice(rows.length - limit),
    note: `The chart draws the ${limit} ${ranked} of ${formatCount(rows.length)} ${noun}; the table and the CSV list them all.`,
  };
}
