import { useSyncExternalStore } from 'react';
import { subscribeToAddress } from '@/view/use-page';

/** The address's fragment without `#`, decoded; '' when there is none or it is malformed. */
function readFragment(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The element id the address's fragment names (`conflict-x` for `/sources/#conflict-x`), kept up to
 * date through page links, Back and Forward; '' when prerendering and while hydrating, as the
 * prerendered page was built without one.
 */
export function useAddressFragment(): string {
  return useSyncExternalStore(subscribeToAddress, readFragment, () => '');
}
