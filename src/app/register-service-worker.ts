/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { reportServiceWorker } from '@/app/use-offline-status';

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
}
