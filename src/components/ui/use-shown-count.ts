import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShowMoreProps } from '@/components/ui/show-more';

export type ShownCount = {
  /** How many items to render: `pageSize` at first and after every reset. */
  count: number;
  /**
   * Attach to the element whose children are the items (`<ul>`, `<ol>`, `<tbody>`); to each of them
   * when the same items are shown twice (a phone's cards, a wider screen's table), of which CSS shows one.
   */
  listRef: (element: HTMLElement | null) => () => void;
  /** Everything `<ShowMore>` needs but the noun; its `onShow` renders the first `next` items, then
   * moves focus to the first one that was not shown before. */
  showMore: Omit<ShowMoreProps, 'noun'>;
};

/**
 * How many items of a long list to render. Back to the first page whenever `rows` (the filtered,
 * sorted rows) is a new array: a new filter, search or sort, so a change never leaves the reader
 * deep in a list that no longer holds what they were looking at. Never fewer than `atLeast`: an
 * item the address links to is shown with those before it.
 */
export function useShownCount(pageSize: number, rows: readonly unknown[], atLeast = 0): ShownCount {
  const resetKey = rows;
  const [state, setState] = useState({ key: resetKey, count: pageSize });
  const current = Object.is(state.key, resetKey);
  // Adjusting state while rendering (React's "storing information from previous renders"): the
  // first render with a new key already shows the first page, with no flash of the old count.
  if (!current) setState({ key: resetKey, count: pageSize });
  const count = Math.max(current ? state.count : pageSize, Math.min(atLeast, rows.length));

  const lists = useRef(new Set<HTMLElement>());
  const listRef = useCallback((element: HTMLElement | null) => {
    if (element) lists.current.add(element);
    return () => {
      if (element) lists.current.delete(element);
    };
  }, []);
  const focusIndex = useRef<number | null>(null);

  const showUpTo = useCallback(
    (next: number) => {
      focusIndex.current = count;
      setState({ key: resetKey, count: next });
    },
    [count, resetKey],
  );

  // Focus goes to the first newly shown item rather than staying on the button. The button ends
  // up below the new items, so from there Tab would skip them all and a screen reader would have
  // to find its way back up; and after the last page the button is gone, which would drop focus
  // to the page. From the first new item, reading and Tab simply continue through what was added.
  useEffect(() => {
    const index = focusIndex.current;
    focusIndex.current = null;
    if (index === null || index >= count) return;
    const items = [...lists.current].map((list) => list.children[index]);
    // The list on screen: the other one CSS hides (display: none).
    const item = items.find((each) => each?.checkVisibility() ?? false) ?? items[0];
    if (!(item instanceof HTMLElement)) return;
    // Not a tab stop: only a place to start reading from.
    if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
    item.focus();
  }, [count]);

  return {
    count,
    listRef,
    showMore: { total: rows.length, shown: count, pageSize, onShow: showUpTo },
  };
}
