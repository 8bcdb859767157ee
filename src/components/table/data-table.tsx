import { tableColumns, type TableSpec } from '@/components/table/columns';
import { cn } from '@/lib/cn';
import type { CountNoun } from '@/lib/show-more';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';

const CELL = 'px-2 py-1';

const ROW: CountNoun = { one: 'row', other: 'rows' };
/** The record's tables have at most a few dozen rows; one from a big file starts with 100 (its CSV has all). */
const ROWS_SHOWN = 100;

/** A chart's data as a table: one row per record, one cell per column definition; 100 rows at first. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: TableSpec<Row>) {
  const shown = tableColumns(columns);
  const { count, listRef, showMore } = useShownCount(ROWS_SHOWN, rows);
  return (
    <>
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
        <tbody ref={listRef}>
          {rows.slice(0, count).map((row) => (
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
      <ShowMore {...showMore} noun={ROW} />
    </>
  );
}
