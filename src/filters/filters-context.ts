import { createContext, use, useContext } from 'react';
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
  // One context only: reading both would re-render every panel on the urgent update too.
  const state = use(urgent ? UrgentFiltersContext : PanelFiltersContext);
  if (!state) throw new Error('useFilters needs a FiltersProvider (see src/app/providers.tsx).');
  return state;
}

/** True while the panels still show the filters from before the latest change. */
export function usePanelsUpdating(): boolean {
  return useContext(UpdatingContext);
}
