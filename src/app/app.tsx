import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { QueryClient } from '@tanstack/react-query';
import { Providers } from '@/app/providers';
import { PageHeader } from '@/app/page-header';
import { Dashboard } from '@/app/dashboard';
import { ErrorState } from '@/components/states/error-state';
import { LoadingState } from '@/components/states/loading-state';
import { DatasetBar } from '@/features/dataset/dataset-bar';
import { DatasetSwitcherProvider } from '@/features/dataset/dataset-switcher';
import { useDatasetSwitcher } from '@/features/dataset/use-dataset-switcher';
import { FileDropZone } from '@/features/dataset/file-drop-zone';

export type AppProps = {
  queryClient?: QueryClient;
};

export function App({ queryClient }: AppProps) {
  return (
    <Providers queryClient={queryClient}>
      <DatasetSwitcherProvider>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <PageHeader />
        <DatasetBar />
        <main id="main" tabIndex={-1} className="outline-none">
          <DashboardArea />
        </main>
        <FileDropZone />
      </DatasetSwitcherProvider>
    </Providers>
  );
}

/** The dashboard, or why it cannot be shown; a newly opened dataset clears an earlier failure. */
function DashboardArea() {
  const { generation } = useDatasetSwitcher();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKeys={[generation]}
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <div className="mx-auto max-w-6xl px-4 sm:px-6">
              <ErrorState error={error} onRetry={resetErrorBoundary} />
            </div>
          )}
        >
          <Suspense fallback={<LoadingState label="Loading the dataset…" />}>
            <Dashboard />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
