/**
 * The most topics and meetings the grid (and its table) shows: about 1,000 cells, which stay quick
 * to draw and to read; the latest meetings and the topics most raised in them are kept.
 */
export const HEATMAP_LIMITS = { rows: 30, columns: 30 } as const;

/** Heatmap geometry in CSS pixels: drawn at 1:1 so text stays crisp; phones scroll sideways. */
export const HEATMAP = {
  labelWidth: 220,
  /** Longest row label, in characters, before it is cut with an ellipsis. */
  labelChars: 28,
  /**
   * The names' width and longest name on a phone, where the grid scrolls under them: 80 px less,
   * so two more meetings show (the grid's `max-md:-ml-20` is that difference).
   */
  phoneLabelWidth: 140,
  phoneLabelChars: 17,
  /** Longest meeting label before it is cut; fits the header at 45°. */
  columnLabelChars: 26,
  cellWidth: 40,
  rowHeight: 28,
  /** Room above the grid for the rotated meeting labels. */
  headerHeight: 130,
  /** Room right of the grid where the last rotated labels run on. */
  rightPad: 130,
  bottomPad: 8,
} as const;

/** The heatmap's width and height in pixels for a grid of `columns` × `rows`; never below one cell. */
export function heatmapSize(columns: number, rows: number): { width: number; height: number } {
  return {
    width: HEATMAP.labelWidth + Math.max(1, columns) * HEATMAP.cellWidth + HEATMAP.rightPad,
    height: HEATMAP.headerHeight + Math.max(1, rows) * HEATMAP.rowHeight + HEATMAP.bottomPad,
  };
}
