import { useQueryStates } from 'nuqs';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { filterParsers, PARAM } from '@/filters/filters';
import {
  PanelFiltersContext,
  UpdatingContext,
  UrgentFiltersContext,
} from '@/filters/filters-context';

/**
 * Reads the filters from the URL once for the whole page and hands them out twice: at once to the
 * filter bar, and deferred to the panels. A click on a filter then paints the control within a
 * frame, and the panels re-render in an interruptible background render (useDeferredValue), which
 * the next click or keystroke can overtake.
 */
export function FiltersProvider({ children }: { children: ReactNode }) {
  const [raw, setRaw] = useQueryStates(filterParsers, { urlKeys: PARAM, history: 'push' });
  const deferredRaw = useDeferredValue(raw);
  const urgent = useMemo(() => ({ raw, setRaw }), [raw, setRaw]);
  const panels = useMemo(() => ({ raw: deferredRaw, setRaw }), [deferredRaw, setRaw]);
  return (
    <UrgentFiltersContext value={urgent}>
      <PanelFiltersContext value={panels}>
        <UpdatingContext value={raw !== deferredRaw}>{children}</UpdatingContext>
      </PanelFiltersContext>
    </UrgentFiltersContext>
  );
}
