import { createContext, use, type Context } from 'react';
import type { useQueryStates } from 'nuqs';
import type { DetailTarget } from '@/view/detail';
import type { filterParsers } from '@/view/view-params';

type UrlFilters = ReturnType<typeof useQueryStates<typeof filterParsers>>;
/** The filters exactly as the URL holds them (before they are checked against the dataset). */
export type RawFilters = UrlFilters[0];

/** What changes the view; stable, so a panel that only writes never re-renders for it. */
export type ViewWriters = {
  writeFilters: UrlFilters[1];
  openDetail: (target: DetailTarget) => void;
  closeDetail: () => void;
};

/** The URL's filters as the filter bar shows them, and whether the panels still show older ones. */
export const ControlFiltersContext = createContext<{ raw: RawFilters; updating: boolean } | null>(
  null,
);
/** The URL's filters as the panels show them: the same value, handed on after the bar has painted. */
export const ShownFiltersContext = createContext<RawFilters | null>(null);
export const ViewWritersContext = createContext<ViewWriters | null>(null);

/** Reads one of the view's contexts; each hook reads only what it needs (see ViewProvider). */
export function useViewContext<T>(context: Context<T | null>): T {
  const value = use(context);
  if (value === null) throw new Error('The view needs a ViewProvider (see src/app/providers.tsx).');
  return value;
}

/** True while the panels still show the filters from before the latest change. */
export function usePanelsUpdating(): boolean {
  return useViewContext(ControlFiltersContext).updating;
}
