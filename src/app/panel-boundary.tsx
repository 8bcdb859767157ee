import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

export type PanelBoundaryProps = {
  /** Names the panel in the error message, e.g. "timeline". */
  name: string;
  /** Runs before Retry renders the panel again. */
  onReset?: () => void;
  children: ReactNode;
};

/** Keeps a failure inside one panel: it shows an error with a retry, the rest of the page goes on. */
export function PanelBoundary({ name, onReset, children }: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      onReset={onReset}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div role="alert" className="mt-10 rounded-lg border border-danger bg-danger-soft p-4">
          <p className="font-semibold text-danger">The {name} panel could not be shown.</p>
          <p className="mt-1 text-sm wrap-anywhere">
            {error instanceof Error ? error.message : String(error)}
          </p>
          <button
            type="button"
            onClick={resetErrorBoundary}
            className="mt-3 min-h-6 rounded-md border border-line bg-surface px-3 py-1 text-sm"
          >
            Retry
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
