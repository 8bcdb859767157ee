import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../chromium-flags';

/** An Event Timing entry as the page records it for the bench (see newBenchPage). */
export type EventEntry = {
  name: string;
  id: number;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
};
type BenchWindow = { __bench: { events: EventEntry[] } };

/** Debian's Chromium (or CHROME_PATH) through Playwright, with the flags this sandbox needs. */
export function launchChromium(chromePath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_FLAGS] });
}

/**
 * A fresh context and page (desktop viewport, as the e2e tests use) that records every Event
 * Timing entry of ≥ 16 ms (the smallest threshold the API allows) from before the app's scripts run.
 */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'] });
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which does not exist in the page
  // that Playwright serialises our callbacks into; a no-op stand-in makes them run unchanged.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await page.addInitScript(() => {
    const state: BenchWindow['__bench'] = { events: [] };
    (window as unknown as BenchWindow).__bench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        state.events.push({
          name: entry.name,
          id: entry.interactionId ?? 0,
          start: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  return page;
}

/** The charts drawn so far and the chart frames on the page. */
function chartsDrawn(page: Page): Promise<{ drawn: number; frames: number }> {
  return page.evaluate(() => {
    const figures = [...document.querySelectorAll('figure[aria-labelledby]')];
    return {
      drawn: figures.filter((figure) => figure.querySelector('[data-chart-body] svg') !== null)
        .length,
      frames: figures.length,
    };
  });
}

/**
 * Loads the dashboard and waits until the app is live, the charts it draws without scrolling are
 * drawn and the page is idle. With `drawAll` it then scrolls each chart frame into view (charts
 * mount as they near the viewport) until every chart is drawn, and returns to the top: the worst
 * case for a filter change, when every panel has to update.
 */
export async function openDashboard(
  page: Page,
  url: string,
  timeout = 120_000,
  { drawAll = true }: { drawAll?: boolean } = {},
): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.locator('#root[data-app-ready]').waitFor({ state: 'attached', timeout });
  await page.getByRole('button', { name: 'Topic', exact: true }).waitFor({ timeout });
  await settle(page);
  if (drawAll) {
    const deadline = Date.now() + timeout;
    const frames = page.locator('figure[aria-labelledby] [data-chart-body]');
    for (;;) {
      const { drawn, frames: total } = await chartsDrawn(page);
      if (total > 0 && drawn === total) break;
      if (Date.now() > deadline) throw new Error(`only ${drawn} of ${total} charts were drawn`);
      for (const frame of await frames.all()) await frame.scrollIntoViewIfNeeded();
      await settle(page);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await settle(page);
}

/**
 * Waits until what the last action caused has been painted and the main thread is idle: two
 * animation frames (the update's frame is presented), an idle period, then one more frame.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    const idle = () =>
      new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 3000 }));
    await frame();
    await frame();
    await idle();
    await frame();
  });
}

/** The page's clock (performance.now()), to mark where an interaction's entries begin. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * The Event Timing entries of interactions (interactionId > 0) that started in [from, to) on the
 * page's clock. Entries are reported after the frame they caused is presented; the caller settles first.
 */
export function eventsBetween(page: Page, from: number, to: number): Promise<EventEntry[]> {
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as BenchWindow).__bench.events.filter(
        (entry) => entry.id > 0 && entry.start >= from && entry.start < to,
      ),
    { from, to },
  );
}

/** Sets CDP CPU throttling for the page (1 = none). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
