import type { SeriesSpec } from '@/components/chart/chart-spec';
import type { CsvCell } from '@/lib/csv';

/** What a chart hands to the export menu. */
export type ChartExportSpec = {
  /** The file-name stem, e.g. `topic-frequency`. */
  stem: string;
  /** The rows the chart shows, as in its data table. */
  csv: { header: readonly string[]; rows: readonly (readonly CsvCell[])[] };
  /** The filtered records behind the chart, for "Download data (JSON)". */
  records: unknown;
  /** Drawn into the image (recharts' own legend is HTML and is not part of the chart's SVG). */
  legend: readonly SeriesSpec[];
};

/** What the page knows about the current view, for the provenance stamped onto every export. */
export type ExportContextValue = {
  /** "Topics: Disability rights · Years: 2023–2024". */
  caption: string;
  /** The dataset line: "Dialogue Tracker dataset v1.0.0 of 22 November 2026". */
  datasetLine: string;
  /** Publishers of the sources cited by some records, for the "Sources:" line. */
  describeSources: (records: unknown) => string;
  fileName: (stem: string, extension: string) => string;
  /** The dashboard's URL for this view. */
  viewUrl: () => string;
};

export type ExportTheme = 'light' | 'current';
