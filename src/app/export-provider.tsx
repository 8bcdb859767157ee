import { useMemo, type ReactNode } from 'react';
import { describeCitedSources } from '@/domain/cited-sources';
import { useView } from '@/view/use-view';
import { describeFilters } from '@/view/describe-filters';
import { exportFileName } from '@/view/export-name';
import { formatPartialDate } from '@/lib/dates';
import { ExportContext } from '@/components/chart/export/export-context';
import type { ExportContextValue } from '@/components/chart/export/export-types';

/** Gives every chart's export menu the current view's provenance: filters, sources, dataset, URL. */
export function ExportProvider({ children }: { children: ReactNode }) {
  const { wholeDataset: dataset, filters } = useView();
  const value = useMemo<ExportContextValue>(
    () => ({
      caption: describeFilters(filters, dataset),
      datasetLine: `Dialogue Tracker dataset v${dataset.meta.version} of ${formatPartialDate(dataset.meta.updated)}`,
      describeSources: (records) => describeCitedSources(dataset, records),
      fileName: (stem, extension) => exportFileName(stem, filters, extension),
      viewUrl: () => window.location.href,
    }),
    [dataset, filters],
  );
  return <ExportContext value={value}>{children}</ExportContext>;
}
