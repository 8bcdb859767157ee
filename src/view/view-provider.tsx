import { useQueryState, useQueryStates } from 'nuqs';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DetailTarget } from '@/view/detail';
import { serializeFilters } from '@/view/filters';
import {
  ControlFiltersContext,
  ShownFiltersContext,
  ViewWritersContext,
  type RawFilters,
} from '@/view/view-context';
import { filterParsers, URL_KEYS, viewParsers } from '@/view/view-params';
import { afterNextPaint } from '@/lib/after-next-paint';

const detailParser = viewParsers.detail.withOptions({ history: 'push' });

/**
 * Reads the filters and the open detail from the URL once for the whole page. The URL is the one
 * source of truth, and every write goes to it; `shown` only hands the URL's filters to the panels
 * (useView) one painted frame later than to the filter bar (useFilterControls). A click on a
 * filter then paints its control within a frame, and the panels follow in a transition, an
 * interruptible render that the next click or keystroke overtakes. (useDeferredValue starts that
 * render at once, and the browser then held back the control's frame for 50–80 ms.)
 */
export function ViewProvider({ children }: { children: ReactNode }) {
  const [raw, writeFilters] = useQueryStates(filterParsers, { urlKeys: URL_KEYS, history: 'push' });
  const [, writeDetail] = useQueryState(URL_KEYS.detail, detailParser);
  const [shown, setShown] = useState<RawFilters>(raw);
  // nuqs hands out a new object when the URL catches up with the same filters; the panels follow
  // changes of content only, or they would all render twice per click.
  const updating = serializeFilters(raw) !== serializeFilters(shown);
  useEffect(() => {
    if (!updating) return;
    return afterNextPaint(() => startTransition(() => setShown(raw)));
  }, [raw, updating]);
  const controls = useMemo(() => ({ raw, updating }), [raw, updating]);
  const writers = useMemo(
    () => ({
      writeFilters,
      openDetail: (target: DetailTarget) => void writeDetail(target),
      closeDetail: () => void writeDetail(null),
    }),
    [writeFilters, writeDetail],
  );
  return (
    <ViewWritersContext value={writers}>
      <ControlFiltersContext value={controls}>
        <ShownFiltersContext value={shown}>{children}</ShownFiltersContext>
      </ControlFiltersContext>
    </ViewWritersContext>
  );
}
