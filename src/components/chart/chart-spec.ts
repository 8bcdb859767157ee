/** `ring-question`: a dashed ring with a question mark inside, for something not confirmed. */
export type SeriesShape = 'square' | 'circle' | 'ring' | 'ring-question' | 'diamond';

/**
 * One series of a chart, declared once: its marks, the legend on screen and in exports, and its
 * table column all read it, so they cannot disagree.
 */
export type SeriesSpec = {
  label: string;
  /** A CSS colour or `var(--color-…)`. */
  color: string;
  shape?: SeriesShape;
  /** Letters drawn on the mark, so the series is never told by colour alone. */
  glyph?: string;
};

/** A chart's series by key, in legend order. */
export type SeriesConfig<Key extends string = string> = Readonly<Record<Key, SeriesSpec>>;

/** The legend entries of a series config, in its order. */
export function legendOf(config: SeriesConfig): SeriesSpec[] {
  return Object.values(config);
}
