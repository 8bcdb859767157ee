// Files that pass validation but are built to hurt: each is opened through the file input, its
// heavy views are opened, and the longest main-thread task and the JS heap are measured.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_FILES, fitsTheCap } from '../fixtures/datasets/hostile-large-datasets';
import { MARKER } from '../../src/boot/page-markers';
import { traceMainThread, type LongestTask } from './main-thread-tasks';

/** The budget of issue #21: nothing the data holds blocks the page for longer at a time. */
const LONGEST_TASK_BUDGET_MS = 200;
/**
 * What the test holds, on each task's CPU time (see main-thread-tasks.ts). `npm run
 * bench:hostile-files` holds the budget itself: one worker, meant for a quiet machine, where every
 * step of every file measured 165 ms or less on this 2-vCPU VM (three runs, 7 December 2026). In
 * `npm test`, which must pass on machines that may be busy or slower, twice the budget: one step's
 * longest task moves by tens of milliseconds from run to run (a major GC of the 65 MB heap lands in
 * it or not), and CPU time itself stretches when the cores are shared. A regression like those of
 * the issue (seconds) fails either way.
 */
const LONGEST_TASK_HELD_MS =
  process.env.HOSTILE_FILES_BUDGET === '1' ? LONGEST_TASK_BUDGET_MS : 2 * LONGEST_TASK_BUDGET_MS;
const HEAP_BOUND_MB = 400;

// The test's own work runs on the page's main thread too, and with a 20 MB dataset on screen it
// made long tasks of its own: a Playwright trace's DOM snapshot (130–170 ms per action), an accessibility
// snapshot of the whole page each time a web-first assertion found no element yet (270–590 ms),
// a role query over 11,000 elements (200 ms). So no Playwright trace here (Chromium's own trace of
// its tasks, in main-thread-tasks.ts, adds next to none), and the measured steps wait with
// CSS selectors on elements that are already there (see `shows`), not with role queries.
test.use({ trace: 'off' });

const dir = mkdtempSync(join(tmpdir(), 'hostile-files-'));

declare global {
  interface Window {
    lastClickAt: number;
    firstInputDelayMs?: number;
  }
}

/**
 * Records when the page last received a click, and how long the page's first input waited for the
 * main thread (Event Timing's input delay: the app's share of "how soon can the reader click").
 */
async function watchClicks(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('click', () => (window.lastClickAt = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        window.firstInputDelayMs = entry.processingStart - entry.startTime;
    }).observe({ type: 'first-input', buffered: true });
  });
}

/**
 * Waits until the element matching the CSS `selector` holds `text` (checked once a frame, in the
 * page) and returns the time it was first seen, in the page's clock.
 */
async function shows(page: Page, selector: string, text: string) {
  const handle = await page.waitForFunction(
    ({ selector, text }) => {
      if (!document.querySelector(selector)?.textContent?.includes(text)) return false;
      return performance.now();
    },
    { selector, text },
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

const INDICATOR = '[data-testid="dataset-indicator"]';
const NO_BUSY_PANELS = () => !document.querySelector('[aria-busy="true"]');

/** "163 ms (wall-clock 410 ms)": the CPU time the budget holds, and what the reader waited. */
const describeTask = ({ cpuMs, wallMs }: LongestTask) => `${cpuMs} ms (wall-clock ${wallMs} ms)`;

async function heapMegabytes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const indicator = (page: Page) => page.getByTestId('dataset-indicator');
const problems = (page: Page) => page.getByRole('alert').filter({ hasText: 'was not opened' });

for (const hostile of HOSTILE_FILES.filter((file) => file.refusedAt)) {
  const { path, messageIncludes } = hostile.refusedAt!;

  test(`${hostile.describe}: refused at ${path} by the limits, without blocking the page for long`, async ({
    page,
  }) => {
    const file = join(dir, `${hostile.name}.json`);
    writeFileSync(file, hostile.text());
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
    const mainThread = await traceMainThread(page);
    await page.getByTestId('dataset-file-input').setInputFiles(file);
    await page.waitForFunction(
      (path) =>
        [...document.querySelectorAll('[role="alert"] li code')].some((code) =>
          code.textContent?.includes(path),
        ),
      path,
      { polling: 'raf' },
    );
    const task = await mainThread.stop();
    console.log(`${hostile.name}: refused; longest task ${describeTask(task)}`);
    const line = problems(page)
      .getByRole('listitem')
      .filter({ has: page.locator('code', { hasText: path }) })
      .filter({ hasText: messageIncludes });
    await expect(line).toBeVisible();
    await expect(indicator(page)).toContainText('Showing the bundled dataset');
    expect(task.cpuMs).toBeLessThanOrEqual(LONGEST_TASK_HELD_MS);
  });
}

for (const hostile of HOSTILE_FILES.filter((file) => !file.refusedAt)) {
  test(`${hostile.describe}: opening it, a search, a reload and the heaviest meeting never block the page for long`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const text = hostile.text();
    expect(fitsTheCap(text)).toBe(true);
    const file = join(dir, `${hostile.name}.json`);
    writeFileSync(file, text);
    const meetingId = heaviestMeeting(text);
    await watchClicks(page);
    const mainThread = await traceMainThread(page);
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');

    const tasks: Record<string, LongestTask> = { start: await mainThread.next() };
    const yourFile = `your file “${hostile.name}.json”`;
    const started = Date.now();
    await page.getByTestId('dataset-file-input').setInputFiles(file);
    await shows(page, INDICATOR, yourFile);
    await page.waitForFunction(NO_BUSY_PANELS, null, { polling: 'raf', timeout: 120_000 });
    const openMs = Date.now() - started;
    tasks.open = await mainThread.next();
    await page.locator('input[type="search"]').fill('freedom');
    await page.waitForURL(/q=freedom/);
    await page.waitForFunction(NO_BUSY_PANELS, null, { polling: 'raf', timeout: 120_000 });
    tasks.search = await mainThread.next();
    const heapOpen = await heapMegabytes(page);

    const reloaded = Date.now();
    await page.goto(`/?open=meeting:${meetingId}`);
    await shows(page, INDICATOR, yourFile);
    await page.locator('dialog[open]').waitFor({ timeout: 120_000 });
    const reloadMs = Date.now() - reloaded;
    tasks.reload = await mainThread.next();
    await page.locator('dialog[open]').getByRole('button', { name: 'Close' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    // The meetings page, with every meeting of the file on its timeline.
    await page.locator('nav[aria-label="Pages"] a', { hasText: 'Meetings' }).click();
    await page.locator('#timeline-title').waitFor({ timeout: 120_000 });
    await page.waitForFunction(NO_BUSY_PANELS, null, { polling: 'raf', timeout: 120_000 });
    tasks.timeline = await mainThread.next();
    const heap = Math.max(heapOpen, await heapMegabytes(page));

    // The kept file again, on a plain visit: how soon can the reader leave it? (Its loading counts.)
    await page.goto('/');
    const shownAt = await shows(page, INDICATOR, yourFile);
    await page
      .locator('section[aria-label="Dataset"] button:visible', {
        hasText: 'Back to the bundled dataset',
      })
      .click();
    const clickMs = Math.round((await page.evaluate(() => window.lastClickAt)) - shownAt);
    const inputDelay = await page.waitForFunction(() => window.firstInputDelayMs);
    const inputDelayMs = Math.round((await inputDelay.jsonValue()) as number);
    tasks.back = await mainThread.stop();
    await shows(page, INDICATOR, 'Showing the bundled dataset');

    console.log(
      `${hostile.name}: ${(text.length / 1e6).toFixed(1)} M characters; opened in ${openMs} ms, reloaded with the meeting open in ${reloadMs} ms; "Back to the bundled dataset" clicked ${clickMs} ms after the kept file showed (Playwright's own checks included), the click waited ${inputDelayMs} ms for the page; longest tasks: ${Object.entries(
        tasks,
      )
        .map(([step, task]) => `${step} ${describeTask(task)}`)
        .join(', ')}; heap ${Math.round(heap)} MB`,
    );
    // The page's own start, before any file is opened, is printed for comparison but not held
    // here: it holds no data from the file, and the bench's TBT budget covers it.
    for (const [step, task] of Object.entries(tasks).filter(([step]) => step !== 'start'))
      expect(task.cpuMs, `longest task, ${step}`).toBeLessThanOrEqual(LONGEST_TASK_HELD_MS);
    // With no task over the bound from the kept file's showing to the click, the button answers
    // within it at any moment; the click's own wait for the page says so directly.
    expect(inputDelayMs, 'the click on "Back to the bundled dataset" waited').toBeLessThanOrEqual(
      LONGEST_TASK_HELD_MS,
    );
    expect(heap).toBeLessThanOrEqual(HEAP_BOUND_MB);
  });
}

/** The id of the meeting with the most topics (ties: the first). */
function heaviestMeeting(text: string): string {
  const { meetings } = JSON.parse(text) as { meetings: { id: string; topics: unknown[] }[] };
  return meetings.reduce((a, b) => (b.topics.length > a.topics.length ? b : a)).id;
}
