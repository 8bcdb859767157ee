/**
 * Whether the network answers a request the service worker does not serve from its cache: any
 * HTTP response counts, only a failed request (no connection) does not.
 *
 * `navigator.onLine` alone is not enough: Chromium reports true on a network without internet (a
 * hotel or conference Wi-Fi behind a login page) and, with offline emulation, on a page reloaded
 * from the service worker's cache.
 */
export async function networkAnswers(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  try {
    await fetchImpl(url, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** How soon to ask again while the network does not answer: the browser may not say when it does. */
export const RECHECK_AFTER_MS = 5000;

type NetworkWatch = {
  url: string;
  /** Whether a service worker controls the page, which may then have come from its cache. */
  isControlled: () => boolean;
  report: (unreachable: boolean) => void;
  fetchImpl?: typeof fetch;
};

/**
 * Asks the network once while the page is controlled by a service worker, and reports whether it
 * did not answer. While it does not, asks again every few seconds and whenever the browser says it
 * is back online: behind a Wi-Fi login page the browser says "online" all along.
 */
export function watchNetwork({ url, isControlled, report, fetchImpl }: NetworkWatch): () => void {
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const check = async () => {
    clearTimeout(recheck);
    if (!isControlled()) return;
    const unreachable = !(await networkAnswers(url, fetchImpl));
    report(unreachable);
    if (unreachable) recheck = setTimeout(() => void check(), RECHECK_AFTER_MS);
  };
  const onOnline = () => void check();
  window.addEventListener('online', onOnline);
  void check();
  return () => {
    window.removeEventListener('online', onOnline);
    clearTimeout(recheck);
  };
}
