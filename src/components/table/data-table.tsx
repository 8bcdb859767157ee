import { tableColumns, type TableSpec } from '@/components/table/columns';
import { cn } from '@/lib/cn';

const CELL = 'px-2 py-1';

/** A chart's data as a table: one row per record, one cell per column definition. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: TableSpec<Row>) {
  const shown = tableColumns(columns);
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-line text-muted">
        <tr>
          {shown.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={cn(CELL, 'font-medium', column.numeric && 'text-right')}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-line align-top last:border-b-0">
            {shown.map((column, index) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              return (
                <Cell
                  key={index}
                  scope={column.rowHeader ? 'row' : undefined}
                  className={cn(
                    CELL,
                    column.rowHeader && 'font-normal',
                    column.numeric && 'text-right tabular-nums',
                    column.className,
                  )}
                >
                  {column.cell ? column.cell(row) : column.value(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
