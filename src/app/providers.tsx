import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { retryDataOnce } from '../shared/data/fetch-json';

/**
 * One client per app (and per test): data files are static, so refetching on focus is useless.
 * A failed file is retried once unless it timed out, the browser is offline or the file is broken.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryDataOnce, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
