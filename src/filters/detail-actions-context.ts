import { createContext, useContext } from 'react';
import type { DetailTarget } from '@/filters/detail';

export type DetailActions = {
  /** Opens a detail: one history entry, so Back closes it again. */
  openDetail: (target: DetailTarget) => void;
  closeDetail: () => void;
};

export const DetailActionsContext = createContext<DetailActions | null>(null);

/**
 * Opens and closes details without following which one is open, so that the many panels with
 * "open" buttons do not all re-render when a detail opens.
 */
export function useDetailActions(): DetailActions {
  const actions = useContext(DetailActionsContext);
  if (!actions)
    throw new Error('useDetailActions needs a DetailActionsProvider (see src/app/providers.tsx).');
  return actions;
}
