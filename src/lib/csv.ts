export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

// OWASP's CSV-injection rule: a spreadsheet runs a cell that starts with one of these as a formula
// (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`), and some programs trim leading spaces before deciding.
const FORMULA_START = /^[ \u00A0]*[=+\-@\t\r]/;

/**
 * The text of a cell as a spreadsheet shows it, never as a formula: text that would start one gets
 * a leading `'`. Numbers are left as numbers: the app computes them (counts, years), so no data
 * can smuggle a formula through one, and a negative figure must stay a figure a spreadsheet can sum.
 */
export function neutraliseFormula(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV field: a would-be formula neutralised, then quoted (inner quotes doubled) when it holds a
 * comma, quote, line break or edge space.
 */
export function csvField(value: CsvCell): string {
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: a header row, then one row per record, CRLF line ends. With `bom` (the default) it
 * starts with a UTF-8 byte-order mark so spreadsheet programs read Cyrillic and Kazakh letters right.
 * Every text cell, header included, is neutralised against formula injection.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  bom = true,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
