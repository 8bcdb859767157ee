let collator: Intl.Collator | undefined;

/**
 * Orders two texts as an English reader would (the Unicode collation algorithm, for every script):
 * letters ignoring case and accents first, spaces before punctuation before digits before
 * letters; on a tie, lower case first. The collator is made on first use, which loads the
 * browser's collation data (see entry-client.tsx, which does that while the dataset downloads).
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

/** Orders rows by `total`, largest first, then by `label` as `compareText` does. */
export function compareByTotalThenLabel(
  a: { total: number; label: string },
  b: { total: number; label: string },
): number {
  return b.total - a.total || compareText(a.label, b.label);
}
