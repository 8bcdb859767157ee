import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { describeChartFailure } from '@/components/chart/chart-failure';

/**
 * Keeps a chart's failure inside the chart: its code may fail to load (offline before the app
 * was cached), and the title, summary, export and table around it still work.
 */
export function ChartUnavailableBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error }) => (
        <p
          role="status"
          className="flex h-full items-center justify-center rounded-md border border-dashed border-line p-4 text-center text-sm text-muted"
        >
          {describeChartFailure(error)}
        </p>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
