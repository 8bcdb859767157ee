import type { ReactNode } from 'react';
import type { CsvCell } from '@/lib/csv';

/** One column of a chart's data, declared once for its table and its CSV. */
export type Column<Row> = {
  header: string;
  /** The CSV's header, where it names the column more fully than the table does. */
  csvHeader?: string;
  /** The cell as text: what the CSV writes, and what the table shows unless `cell` is given. */
  value: (row: Row) => CsvCell;
  /** The table cell, where it shows more than the text (a button, a second line). */
  cell?: (row: Row) => ReactNode;
  /** Where the column appears: both the table and the CSV unless one is named. */
  only?: 'table' | 'csv';
  /** The row's name: a `<th scope="row">`. */
  rowHeader?: boolean;
  /** Right-aligned, with tabular figures. */
  numeric?: boolean;
  /** Extra classes for the table cell. */
  className?: string;
};

/** A chart's data: its rows under its columns, and the table's accessible name. */
export type TableSpec<Row> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
};

/** The columns meant for the table, in order. */
export function tableColumns<Row>(columns: readonly Column<Row>[]): Column<Row>[] {
  return columns.filter((column) => column.only !== 'csv');
}

/** The CSV of `rows` under `columns` (those not only for the table): header, then one line per row. */
export function csvOf<Row>({ columns, rows }: Pick<TableSpec<Row>, 'columns' | 'rows'>): {
  header: string[];
  rows: CsvCell[][];
} {
  const shown = columns.filter((column) => column.only !== 'table');
  return {
    header: shown.map((column) => column.csvHeader ?? column.header),
    rows: rows.map((row) => shown.map((column) => column.value(row))),
  };
}
