import type { RoundRow } from '@/features/overview/overview-series';
import { StatusBadge } from '@/components/ui/status-badge';

export type RoundsTableProps = {
  rows: readonly RoundRow[];
  caption: string;
};

export function RoundsTable({ rows, caption }: RoundsTableProps) {
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Round
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Date
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Place
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line last:border-b-0">
              <td className="px-4 py-2 tabular-nums">{row.round}</td>
              <td className="px-4 py-2 whitespace-nowrap">{row.date}</td>
              <td className="px-4 py-2">{row.place}</td>
              <td className="px-4 py-2">
                <StatusBadge standing={row.standing} />
                {row.standingNote && (
                  <span className="mt-0.5 block text-xs text-muted">{row.standingNote}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
