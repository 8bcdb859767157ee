import { StrictMode, useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';

export type AppRootProps = {
  queryClient: QueryClient;
  /** Called once the tree has been committed (for a prerendered page: hydrated). */
  onCommitted?: () => void;
};

/** The whole tree as both the build's prerender and the browser render it; they must match. */
export function AppRoot({ queryClient, onCommitted }: AppRootProps) {
  return (
    <StrictMode>
      <App queryClient={queryClient} />
      <Committed onCommitted={onCommitted} />
    </StrictMode>
  );
}

function Committed({ onCommitted }: { onCommitted: (() => void) | undefined }) {
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}
