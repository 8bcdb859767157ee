import { useQueryStates } from 'nuqs';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { filterParsers, PARAM, serializeFilters } from '@/filters/filters';
import {
  PanelFiltersContext,
  UpdatingContext,
  UrgentFiltersContext,
} from '@/filters/filters-context';
import { afterNextPaint } from '@/lib/after-next-paint';

/**
 * Reads the filters from the URL once for the whole page and hands them out twice: at once to the
 * filter bar, and to the panels only after the browser has painted the changed control. A click on
 * a filter then shows within a frame, and the panels follow in a transition, an interruptible
 * render that the next click or keystroke overtakes. (useDeferredValue would start that render
 * at once, and the browser then held back the control's frame for 50–80 ms.)
 */
export function FiltersProvider({ children }: { children: ReactNode }) {
  const [raw, setRaw] = useQueryStates(filterParsers, { urlKeys: PARAM, history: 'push' });
  const [panelRaw, setPanelRaw] = useState(raw);
  // nuqs hands out a new object when the URL catches up with the same filters; the panels follow
  // changes of content only, or they would all render twice per click.
  const updating = serializeFilters(raw) !== serializeFilters(panelRaw);
  useEffect(() => {
    if (!updating) return;
    return afterNextPaint(() => startTransition(() => setPanelRaw(raw)));
  }, [raw, updating]);
  const urgent = useMemo(() => ({ raw, setRaw }), [raw, setRaw]);
  const panels = useMemo(() => ({ raw: panelRaw, setRaw }), [panelRaw, setRaw]);
  return (
    <UrgentFiltersContext value={urgent}>
      <PanelFiltersContext value={panels}>
        <UpdatingContext value={updating}>{children}</UpdatingContext>
      </PanelFiltersContext>
    </UrgentFiltersContext>
  );
}
