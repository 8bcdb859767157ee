import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { CommitmentStatus } from '@/data/commitment-status';
import { useView } from '@/filters/use-view';
import { FLAG_LABELS, FLAG_RULES } from '@/data/commitment-flags';
import { formatPartialDate } from '@/lib/dates';
import { filterCommitments } from '@/filters/filter-records';
import { buildCommitmentRows } from '@/features/commitments/commitment-rows';
import {
  countByStatus,
  summarizeStatusCounts,
  type StatusCountRow,
} from '@/features/commitments/commitments-series';
import { CommitmentsTable } from '@/features/commitments/commitments-table';
import { StatusLegend } from '@/features/commitments/status-legend';
import { ChartFrame } from '@/components/chart/chart-frame';
import { buildStatusExport } from '@/features/commitments/commitments-export';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { ResultCount } from '@/components/ui/result-count';

const CommitmentStatusChart = lazy(() =>
  import('@/features/commitments/commitment-status-chart').then((m) => ({
    default: m.CommitmentStatusChart,
  })),
);

export function CommitmentsSection() {
  const { dataset, filters, toggleFilter, resetFilters, openDetail, referenceDate } = useView();
  const commitments = useMemo(() => filterCommitments(dataset, filters), [dataset, filters]);
  const rows = useMemo(
    () => buildCommitmentRows(dataset, commitments, referenceDate),
    [dataset, commitments, referenceDate],
  );
  const quiet = rows.filter((row) => row.quiet).length;
  const overdue = rows.filter((row) => row.overdue).length;
  // The chart is the Status filter's picker, so it counts what the other filters leave: every
  // rung stays visible and clickable, and the chosen ones are highlighted.
  const counted = useMemo(
    () => filterCommitments(dataset, { ...filters, statuses: [] }),
    [dataset, filters],
  );
  const counts = useMemo(
    () => countByStatus(counted, dataset.index.statusByCommitment),
    [counted, dataset],
  );
  const getExportSpec = useCallback(() => buildStatusExport(counts, counted), [counts, counted]);
  const total = dataset.commitments.length;
  const toggleStatus = (status: CommitmentStatus) => toggleFilter('statuses', status);
  const chosen = counts.filter((row) => filters.statuses.includes(row.status));

  return (
    <section aria-labelledby="commitments-title" className="mt-12">
      <h2 id="commitments-title" className="text-xl font-semibold">
        Reform commitments
      </h2>
      <ResultCount shown={commitments.length} total={total} noun="commitments" />
      <p className="mt-1 text-sm text-muted">
        The Status filter applies here and to the reform milestones.
      </p>
      <details className="mt-2 text-sm">
        <summary className="min-h-6 cursor-pointer">
          Flags as of {formatPartialDate(referenceDate)}: {quiet} with{' '}
          {FLAG_LABELS.quiet.toLowerCase()} · {overdue} overdue
        </summary>
        <p className="mt-1 text-muted">{FLAG_RULES.quiet}</p>
        <p className="mt-1 text-muted">
          {FLAG_RULES.overdue} No commitment in this dataset has a stated deadline.
        </p>
      </details>
      <div className="mt-4">
        <ChartFrame
          title="Commitments by status"
          summary={`${summarizeStatusCounts(counts, total)} Flags as of ${formatPartialDate(referenceDate)}: ${quiet} with ${FLAG_LABELS.quiet.toLowerCase()}, ${overdue} overdue. Counts ignore the Status filter; ${
            chosen.length > 0
              ? `selected: ${chosen.map((row) => row.label).join(', ')}.`
              : 'select a bar to filter by that status.'
          }`}
          table={
            <StatusCountTable rows={counts} selected={filters.statuses} onToggle={toggleStatus} />
          }
          height={260}
          getExportSpec={getExportSpec}
        >
          <Suspense fallback={null}>
            <CommitmentStatusChart
              rows={counts}
              selected={filters.statuses}
              onSelectStatus={toggleStatus}
            />
          </Suspense>
        </ChartFrame>
        <StatusLegend />
      </div>
      {rows.length > 0 ? (
        <CommitmentsTable
          rows={rows}
          onOpenCommitment={(id) => openDetail({ kind: 'commitment', id })}
        />
      ) : (
        <div className="mt-4">
          <EmptyState title="No commitments match these filters">
            <Button variant="link" onClick={resetFilters}>
              Reset filters
            </Button>
          </EmptyState>
        </div>
      )}
    </section>
  );
}

type StatusCountTableProps = {
  rows: readonly StatusCountRow[];
  selected: readonly CommitmentStatus[];
  onToggle: (status: CommitmentStatus) => void;
};

/** The chart's data; each status is a toggle for the Status filter, so keyboards can do what clicks do. */
function StatusCountTable({ rows, selected, onToggle }: StatusCountTableProps) {
  return (
    <table className="w-full text-left">
      <caption className="sr-only">
        Commitments by status, ignoring the Status filter; press a status to filter by it
      </caption>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="py-1 pr-4 font-medium">
            Status
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Commitments
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.status} className="border-b border-line last:border-b-0">
            <th scope="row" className="py-1 pr-4 font-normal">
              <button
                type="button"
                aria-pressed={selected.includes(row.status)}
                onClick={() => onToggle(row.status)}
                className="min-h-6 text-left text-accent underline underline-offset-2 hover:no-underline aria-pressed:font-semibold"
              >
                {row.label}
              </button>
            </th>
            <td className="py-1 text-right tabular-nums">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
