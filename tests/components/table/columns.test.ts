import { csvOf, tableColumns, type Column } from '@/components/table/columns';

type Row = { name: string; count: number; note: string | null };

const COLUMNS: Column<Row>[] = [
  { header: 'Name', value: (row) => row.name, rowHeader: true },
  { header: 'Count', csvHeader: 'Number of things', value: (row) => row.count, numeric: true },
  { header: 'Note', value: (row) => row.note, only: 'csv' },
  { header: 'Actions', value: () => null, only: 'table' },
];

describe(csvOf, () => {
  it('writes a header of CSV names and one line of values per row, leaving table-only columns out', () => {
    expect(
      csvOf({
        columns: COLUMNS,
        rows: [
          { name: 'a', count: 2, note: 'first' },
          { name: 'b', count: 0, note: null },
        ],
      }),
    ).toEqual({
      header: ['Name', 'Number of things', 'Note'],
      rows: [
        ['a', 2, 'first'],
        ['b', 0, null],
      ],
    });
  });

  it('gives only the header for no rows', () => {
    expect(csvOf({ columns: COLUMNS, rows: [] })).toEqual({
      header: ['Name', 'Number of things', 'Note'],
      rows: [],
    });
  });
});

describe(tableColumns, () => {
  it('keeps the columns meant for the table, in order', () => {
    expect(tableColumns(COLUMNS).map((column) => column.header)).toEqual([
      'Name',
      'Count',
      'Actions',
    ]);
  });
});
