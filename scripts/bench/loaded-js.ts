import type { Browser } from '@playwright/test';
import { newBenchPage, openDashboard } from './browser';

// The service worker's own scripts are fetched by the browser for the worker, after load and not
// for rendering; the page's code that registers it is counted.
const SERVICE_WORKER_SCRIPT = /^(?:sw|service-worker)\.js$|^workbox-[\w-]+\.js$/;

/**
 * The same-origin JS files (dist-relative paths) the page requests from navigation until the app
 * is live and idle, without scrolling: what a first visit really downloads before it is usable,
 * including chunks the entry imports dynamically but unconditionally (and the code of any chart
 * within reach of the first screen; charts further down load as the reader scrolls).
 */
export async function measureLoadedJs(browser: Browser, url: string): Promise<string[]> {
  const page = await newBenchPage(browser);
  const origin = new URL(url).origin;
  const seen = new Set<string>();
  page.on('request', (request) => {
    const requested = new URL(request.url());
    const path = requested.pathname.replace(/^\/+/, '');
    if (requested.origin === origin && /\.m?js$/.test(path) && !SERVICE_WORKER_SCRIPT.test(path))
      seen.add(path);
  });
  try {
    await openDashboard(page, url, undefined, { drawAll: false });
    return [...seen].sort();
  } finally {
    await page.context().close();
  }
}
