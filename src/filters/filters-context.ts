import { createContext, useContext } from 'react';
import type { useQueryStates } from 'nuqs';
import type { filterParsers } from '@/filters/filters';

type RawFiltersHook = ReturnType<typeof useQueryStates<typeof filterParsers>>;
/** The filters exactly as the URL holds them, and the setter that writes the URL. */
export type RawFilterState = { raw: RawFiltersHook[0]; setRaw: RawFiltersHook[1] };

export const UrgentFiltersContext = createContext<RawFilterState | null>(null);
export const PanelFiltersContext = createContext<RawFilterState | null>(null);
export const UpdatingContext = createContext(false);

/** The raw URL filters: as the controls show them (`urgent`) or as the panels show them. */
export function useRawFilters(urgent: boolean): RawFilterState {
  const urgentState = useContext(UrgentFiltersContext);
  const panelState = useContext(PanelFiltersContext);
  const state = urgent ? urgentState : panelState;
  if (!state) throw new Error('useFilters needs a FiltersProvider (see src/app/providers.tsx).');
  return state;
}

/** True while the panels still show the filters from before the latest change. */
export function usePanelsUpdating(): boolean {
  return useContext(UpdatingContext);
}
