export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: quoted (with inner quotes doubled) when it holds a comma, quote, line break or edge space. */
export function csvField(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: a header row, then one row per record, CRLF line ends. With `bom` (the default) it
 * starts with a UTF-8 byte-order mark so spreadsheet programs read Cyrillic and Kazakh letters right.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  bom = true,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
