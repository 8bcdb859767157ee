import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { listConflicts } from '@/features/sources/conflicts-series';
import { ConflictList } from '@/features/sources/conflict-list';
import { SourceList } from '@/features/sources/source-list';
import {
  describeSourceTotals,
  filterSourceRows,
  summarizeSources,
} from '@/features/sources/sources-series';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { ResultCount } from '@/components/ui/result-count';
import { PanelSection } from '@/components/ui/panel-section';

/** Every source with what it supports, then the recorded conflicts between sources. */
export function SourcesSection() {
  const { wholeDataset: dataset, filters, setFilters, openDetail } = useView();
  const rows = useMemo(() => summarizeSources(dataset), [dataset]);
  const shown = useMemo(() => filterSourceRows(rows, filters.search), [rows, filters.search]);
  const conflicts = useMemo(() => listConflicts(dataset), [dataset]);

  return (
    <PanelSection name="sources" title="Sources and conflicts">
      <p className="mt-1 text-sm">{describeSourceTotals(rows)}</p>
      <h3 className="mt-6 text-lg font-semibold">Every source</h3>
      <p className="mt-1 text-xs text-muted">
        The topic, year, dialogue and status filters do not apply to sources; the search text does,
        matching titles, publishers and what each source supports.
      </p>
      <div className="mt-3">
        <ResultCount shown={shown.length} total={rows.length} noun="sources" />
      </div>
      {shown.length > 0 ? (
        <SourceList rows={shown} />
      ) : (
        <div className="mt-3">
          <EmptyState title="No sources match this search">
            <Button onClick={() => setFilters({ search: '' })}>Clear search</Button>
          </EmptyState>
        </div>
      )}
      <h3 className="mt-8 text-lg font-semibold">Where sources disagree</h3>
      {conflicts.length > 0 ? (
        <ConflictList conflicts={conflicts} dataset={dataset} onOpenDetail={openDetail} />
      ) : (
        <p className="mt-2 text-sm text-muted">No conflicts between sources are recorded.</p>
      )}
    </PanelSection>
  );
}
