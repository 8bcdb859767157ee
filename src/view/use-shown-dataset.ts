import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { useDataset } from '@/data/dataset-query';
import { afterNextPaint } from '@/lib/after-next-paint';

// A dataset reaches the page through the query's store, which React renders at once and in one
// piece (useSyncExternalStore). For a file of 1,000 meetings that was one 350–950 ms task, so the
// panels take the dataset as a deferred value instead: React renders them in the background and
// yields to the browser between components, as it does for a filter change (view-provider.tsx).

/** The dataset the panels and details show; after a switch, the previous one until they catch up. */
export function useShownDataset(): LoadedDataset {
  return useDeferredValue(useDataset());
}

/**
 * How many of the `total` panels to draw, and whether they still lag behind the dataset. The
 * bundled dataset has them all at once, as the prerendered page it hydrates. A dataset opened
 * from a file and kept from an earlier visit has them drawn one per frame, each in a background
 * render: drawn and laid out together, 1,000 meetings' panels held the page for 700 ms.
 */
export function usePanelsDrawn(total: number): { drawn: number; catchingUp: boolean } {
  const dataset = useDataset();
  const [drawn, setDrawn] = useState(() => (dataset.origin?.kind === 'custom' ? 0 : total));
  useEffect(() => {
    if (drawn >= total) return;
    return afterNextPaint(() => startTransition(() => setDrawn((count) => count + 1)));
  }, [drawn, total]);
  const shown = useDeferredValue(dataset);
  return { drawn, catchingUp: drawn < total || shown !== dataset };
}
