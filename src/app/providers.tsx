import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '@/app/query-client';
import { orderSearchParams } from '@/filters/filters';
import { FiltersProvider } from '@/filters/filters-provider';
import { DetailActionsProvider } from '@/filters/detail-actions-provider';

export type ProvidersProps = {
  children: ReactNode;
  /** Tests pass their own client; the app creates one. */
  queryClient?: QueryClient;
};

export function Providers({ children, queryClient }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <NuqsAdapter processUrlSearchParams={orderSearchParams}>
      <FiltersProvider>
        <DetailActionsProvider>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </DetailActionsProvider>
      </FiltersProvider>
    </NuqsAdapter>
  );
}
