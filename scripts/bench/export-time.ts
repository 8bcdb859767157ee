import type { Browser } from '@playwright/test';
import { newBenchPage, openDashboard, settle } from './browser';
import { spread, type Spread } from './stats';

export type ChartMarks = { title: string; marks: number };
export type ExportResult = {
  chart: string;
  marks: number;
  /** Marks per chart on the default view, most first: why this chart was chosen. */
  charts: ChartMarks[];
  /** ms from clicking "Download PNG" to the download event, in run order (the first loads the export code). */
  times: number[];
  stats: Spread;
  error?: string;
};

// Both ends are wall-clock times (timeOrigin + now) of one machine, so Playwright's own work
// before it dispatches the click (scrolling, stability checks) is not counted.
type ClickClock = { __benchClickAt: number };

const MARK_SELECTOR = 'rect, path, circle, ellipse, line, polygon, polyline, use';

/**
 * Times the PNG export of the chart with the most SVG marks on the default view: from the click
 * event on "Download PNG" (in the page) to Playwright's download event, `runs` times on one page (the first run includes
 * loading the export chunk), waiting for the "Downloaded" status between runs.
 */
export async function measureExport(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<ExportResult> {
  const page = await newBenchPage(browser);
  const times: number[] = [];
  let charts: ChartMarks[] = [];
  try {
    await openDashboard(page, url);
    charts = await page.evaluate((selector) => {
      return [...document.querySelectorAll('figure[aria-labelledby]')]
        .map((figure) => ({
          title:
            document.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent ??
            '',
          marks: figure.querySelectorAll(`[data-chart-body] svg :is(${selector})`).length,
        }))
        .toSorted((a, b) => b.marks - a.marks);
    }, MARK_SELECTOR);
    const largest = charts[0];
    if (!largest) throw new Error('no chart on the page');
    const figure = page.getByRole('figure', { name: largest.title, exact: true });
    for (let run = 0; run < runs; run += 1) {
      await figure.getByRole('button', { name: /^Export/ }).click();
      const item = figure.getByRole('button', { name: 'Download PNG' });
      await item.waitFor({ state: 'visible' });
      await settle(page);
      await page.evaluate(() => {
        const record = () => {
          (window as unknown as ClickClock).__benchClickAt =
            performance.timeOrigin + performance.now();
        };
        document.addEventListener('click', record, { capture: true, once: true });
      });
      const pending = page
        .waitForEvent('download', { timeout: 60_000 })
        .then(() => performance.timeOrigin + performance.now());
      await item.click();
      const downloadedAt = await pending;
      const clickedAt = await page.evaluate(() => (window as unknown as ClickClock).__benchClickAt);
      times.push(downloadedAt - clickedAt);
      await figure.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
      await settle(page);
    }
    const result = {
      chart: largest.title,
      marks: largest.marks,
      charts,
      times,
      stats: spread(times),
    };
    log(
      `export: "${result.chart}" (${result.marks} marks), median ${Math.round(result.stats.median)} ms`,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      chart: charts[0]?.title ?? '?',
      marks: charts[0]?.marks ?? 0,
      charts,
      times,
      stats: spread(times),
      error: message,
    };
  } finally {
    await page.context().close();
  }
}
