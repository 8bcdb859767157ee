import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('shows the first 100 rows of a long table and the next 100 on request', async () => {
    const rows = Array.from({ length: 50_010 }, (_, i) => ({
      id: `r${i}`,
      name: `Row ${i}`,
      count: i,
    }));
    render(<DataTable caption="Many" columns={COLUMNS} rows={rows} rowKey={(row) => row.id} />);
    const table = screen.getByRole('table', { name: 'Many' });
    // One header row, then the records.
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 100 of 50,010 rows');
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 100 more rows (49,910 not shown)' }),
    );
    expect(within(table).getAllByRole('row')).toHaveLength(201);
  });
});
