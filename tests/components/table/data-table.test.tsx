import { render, screen, within } from '@testing-library/react';
import type { Column } from '@/components/table/columns';
import { DataTable } from '@/components/table/data-table';

type Row = { id: string; name: string; count: number };

const COLUMNS: Column<Row>[] = [
  { header: 'Name', value: (row) => row.name, rowHeader: true },
  { header: 'Count', value: (row) => row.count, cell: (row) => `${row.count} found` },
  { header: 'Hidden', value: () => 'only in the CSV', only: 'csv' },
];

describe('DataTable', () => {
  it('names the table by its caption and shows one row per record under the column headers', () => {
    render(
      <DataTable
        caption="Things, most found first"
        columns={COLUMNS}
        rows={[
          { id: 'a', name: 'Alpha', count: 3 },
          { id: 'b', name: 'Bravo', count: 1 },
        ]}
        rowKey={(row) => row.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Things, most found first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Count']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Alpha', 'Bravo']);
    expect(within(table).getByRole('row', { name: 'Alpha 3 found' })).toBeInTheDocument();
    expect(table).not.toHaveTextContent('only in the CSV');
  });
});
