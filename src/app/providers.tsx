import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '@/app/query-client';
import { orderSearchParams } from '@/view/view-params';
import { ViewProvider } from '@/view/view-provider';

export type ProvidersProps = {
  children: ReactNode;
  /** Tests pass their own client; the app creates one. */
  queryClient?: QueryClient;
};

export function Providers({ children, queryClient }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <NuqsAdapter processUrlSearchParams={orderSearchParams}>
      <ViewProvider>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </ViewProvider>
    </NuqsAdapter>
  );
}
