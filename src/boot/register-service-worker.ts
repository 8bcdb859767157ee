/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { watchNetwork } from '@/boot/network-check';
import { reportServiceWorker } from '@/boot/use-offline-status';

/** Not in the worker's cache, so asking for it always goes to the network; HEAD keeps it tiny. */
const NETWORK_CHECK_URL = `${import.meta.env.BASE_URL}sw.js`;

/**
 * Registers the service worker that keeps the dashboard working offline. A new version waits
 * until the user chooses "Reload", so an open page never changes code under the reader.
 */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => reportServiceWorker({ needRefresh: true }),
    onOfflineReady: () => reportServiceWorker({ offlineReady: true }),
  });
  reportServiceWorker({
    update: async () => {
      // The plugin reloads only pages that were already controlled when they loaded; a first
      // visit (taken over by clientsClaim) must reload into the new version too.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      await updateServiceWorker(true);
    },
  });
  watchNetwork({
    url: NETWORK_CHECK_URL,
    isControlled: () => navigator.serviceWorker.controller !== null,
    report: (unreachable) => reportServiceWorker({ unreachable }),
  });
}
