import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * False until the element comes within `margin` of the viewport, then true for good. Charts mount
 * only then: a chart below the first screen, and its code, loads on demand, and it is drawn (in a
 * transition, so scrolling and typing stay responsive) just before the reader reaches it. Where
 * IntersectionObserver is missing, everything counts as near. False on the server and during
 * hydration, so the prerendered page and the first client render agree.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const reveal = () => startTransition(() => setNear(true));
    if (typeof IntersectionObserver === 'undefined') {
      reveal();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal();
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref, margin]);
  return near;
}
