import { useSyncExternalStore } from 'react';

/** What the service worker has told the page so far. */
export type ServiceWorkerState = {
  /** The app shell, code and dataset are cached: the next visit works without a network. */
  offlineReady: boolean;
  /** A new version is installed and waiting for the user to reload into it. */
  needRefresh: boolean;
  /** Activates the waiting version and reloads the page; null until a worker is registered. */
  update: (() => Promise<void>) | null;
  /** A request to the network failed while the browser still said it was online. */
  unreachable: boolean;
};

export type OfflineStatus = ServiceWorkerState & {
  /** False when the browser reports no network connection, or the network did not answer. */
  online: boolean;
};

const INITIAL: ServiceWorkerState = {
  offlineReady: false,
  needRefresh: false,
  update: null,
  unreachable: false,
};

let state = INITIAL;
const listeners = new Set<() => void>();

/** Records news from the service worker registration (called by `register-service-worker.ts`). */
export function reportServiceWorker(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** Forgets everything reported, for tests. */
export function resetServiceWorkerState(): void {
  reportServiceWorker(INITIAL);
}

function subscribeState(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Whether the page is online and what the service worker reported. The server render (and the
 * hydration of it) sees "online, nothing reported", so the prerendered header always matches.
 */
export function useOfflineStatus(): OfflineStatus {
  const worker = useSyncExternalStore(
    subscribeState,
    () => state,
    () => INITIAL,
  );
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  return { ...worker, online: online && !worker.unreachable };
}
