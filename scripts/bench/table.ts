/** One line of the report table: a section title, or a row of cells (one per column). */
export type TableLine =
  { kind: 'section'; title: string } | { kind: 'row'; cells: readonly string[] };

export type Align = 'left' | 'right';

/** Width of a string as a terminal shows it: one column per code point (✔, ✖, – and × included). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders a plain-text table: every column padded to its widest cell (header included), a rule
 * under the header, and section titles on lines of their own. Missing cells render empty.
 */
export function formatTable(
  header: readonly string[],
  lines: readonly TableLine[],
  align: readonly Align[] = [],
): string {
  const columns = header.length;
  const widths = header.map((title, column) =>
    Math.max(
      width(title),
      ...lines.map((line) => (line.kind === 'row' ? width(line.cells[column] ?? '') : 0)),
    ),
  );
  const renderRow = (cells: readonly string[]) =>
    Array.from({ length: columns }, (_, column) =>
      pad(cells[column] ?? '', widths[column] ?? 0, align[column] ?? 'left'),
    )
      .join('  ')
      .trimEnd();
  const total = widths.reduce((sum, size) => sum + size, 0) + 2 * (columns - 1);
  const out = [renderRow(header), '─'.repeat(total)];
  for (const line of lines)
    out.push(line.kind === 'section' ? `▸ ${line.title}` : renderRow(line.cells));
  return out.join('\n');
}

function grouped(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Formats a number, with its unit unless `withUnit` is false; "–" for NaN. */
export type Formatter = (value: number, withUnit?: boolean) => string;

/**
 * Milliseconds: one decimal below 10 ms, whole milliseconds with thousands separators up to 10 s,
 * whole seconds from 10 s; "–" for NaN.
 */
export const formatMs: Formatter = (ms, withUnit = true) => {
  if (!Number.isFinite(ms)) return '–';
  if (Math.abs(ms) >= 10_000) {
    const seconds = grouped(ms / 1000, 0);
    return withUnit ? `${seconds} s` : seconds;
  }
  const number = grouped(ms, Math.abs(ms) < 10 ? 1 : 0);
  return withUnit ? `${number} ms` : number;
};

/** Bytes as kilobytes (1 kB = 1,000 bytes) with one decimal; "–" for NaN. */
export const formatKb: Formatter = (bytes, withUnit = true) => {
  if (!Number.isFinite(bytes)) return '–';
  const number = grouped(bytes / 1000, 1);
  return withUnit ? `${number} kB` : number;
};

/** A cumulative layout shift score with three decimals; "–" for NaN. */
export const formatCls: Formatter = (value) => (Number.isFinite(value) ? value.toFixed(3) : '–');

/** A whole number with thousands separators (a score, a count); "–" for NaN. */
export const formatCount: Formatter = (value) => (Number.isFinite(value) ? grouped(value, 0) : '–');

/** "min–max" with the unit once at the end, or a single value when both are equal; "–" for NaN. */
export function formatRange(min: number, max: number, format: Formatter): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return '–';
  if (format(min) === format(max)) return format(min);
  return `${format(min, false)}–${format(max)}`;
}
