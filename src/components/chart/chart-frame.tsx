import { useId, useRef, useState, type ReactNode } from 'react';
import { MARKER } from '@/boot/page-markers';
import { ChartUnavailableBoundary } from '@/components/chart/chart-unavailable';
import { ExportMenu } from '@/components/chart/export-menu';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { useNearViewport } from '@/components/ui/use-near-viewport';

export type ChartFrameProps = {
  title: string;
  /** One or two sentences saying what the chart shows under the current filters. */
  summary: ReactNode;
  /** The chart itself; hidden from assistive technology, which gets the summary and the table. */
  children: ReactNode;
  /** The same data as a table. */
  table: ReactNode;
  /** Controls shown beside the title (legend toggles, export…). */
  actions?: ReactNode;
  /** Chart height in pixels, reserved before the chart loads so nothing shifts. */
  height: number;
  /**
   * What "Export" downloads: the rows, records and legend behind the chart. Called only when the
   * reader exports, so a filter change never pays for building the files.
   */
  getExportSpec?: () => ChartExportSpec;
};

/** A chart with its title, text summary and data-table alternative. */
export function ChartFrame({
  title,
  summary,
  children,
  table,
  actions,
  height,
  getExportSpec,
}: ChartFrameProps) {
  const frameRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const summaryId = useId();
  // The page (prerendered or not) reserves the chart's height; the lazy chart mounts after
  // hydration, once it is about to scroll into view.
  const bodyRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(bodyRef);
  // The table is built when first opened: closed, it would only add to the page's weight (a third
  // of the prerendered HTML) and to every filter change. Once built it stays.
  const [tableWanted, setTableWanted] = useState(false);
  return (
    <figure
      ref={frameRef}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="rounded-lg border border-line bg-surface p-4"
    >
      <figcaption className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold">
            {title}
          </h3>
          <p id={summaryId} className="mt-1 text-sm text-muted">
            {summary}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          {actions}
          {getExportSpec && (
            <ExportMenu title={title} getSpec={getExportSpec} frameRef={frameRef} />
          )}
        </div>
      </figcaption>
      <div ref={bodyRef} className="mt-3" style={{ height }} {...{ [MARKER.chartBody]: '' }}>
        {near && <ChartUnavailableBoundary>{children}</ChartUnavailableBoundary>}
      </div>
      <details
        className="mt-3 text-sm"
        onToggle={(event) => {
          if (event.currentTarget.open) setTableWanted(true);
        }}
      >
        <summary className="min-h-6 cursor-pointer text-accent">Show the data as a table</summary>
        <ScrollRegion label={`${title}: data table`} className="mt-2">
          {tableWanted && table}
        </ScrollRegion>
      </details>
    </figure>
  );
}
