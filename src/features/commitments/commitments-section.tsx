import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { CommitmentStatus } from '@/domain/commitment-status';
import { useView } from '@/view/use-view';
import { FLAG_LABELS, FLAG_RULES } from '@/domain/commitment-flags';
import { formatPartialDate } from '@/lib/dates';
import { filterCommitments } from '@/view/filter-records';
import { buildCommitmentRows } from '@/features/commitments/commitment-rows';
import { countByStatus, summarizeStatusCounts } from '@/features/commitments/commitments-series';
import { CommitmentsTable } from '@/features/commitments/commitments-table';
import { StatusLegend } from '@/features/commitments/status-legend';
import { statusCountTable } from '@/features/commitments/commitments-spec';
import { DataTable } from '@/components/table/data-table';
import { ChartFrame } from '@/components/chart/chart-frame';
import { buildStatusExport } from '@/features/commitments/commitments-export';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { ResultCount } from '@/components/ui/result-count';
import { PanelSection } from '@/components/ui/panel-section';

const CommitmentStatusChart = lazy(() =>
  import('@/features/commitments/commitment-status-chart').then((m) => ({
    default: m.CommitmentStatusChart,
  })),
);

export function CommitmentsSection() {
  const { dataset, filters, toggleFilter, resetFilters, referenceDate } = useView();
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
    <PanelSection name="commitments" title="Reform commitments">
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
          table={<DataTable {...statusCountTable(counts, filters.statuses, toggleStatus)} />}
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
        <CommitmentsTable rows={rows} />
      ) : (
        <div className="mt-4">
          <EmptyState title="No commitments match these filters">
            <Button variant="link" onClick={resetFilters}>
              Reset filters
            </Button>
          </EmptyState>
        </div>
      )}
    </PanelSection>
  );
}
