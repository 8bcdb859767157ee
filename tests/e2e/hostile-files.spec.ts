// Files that pass validation but are built to hurt: each is opened through the file input, its
// heavy views are opened, and the longest main-thread task and the JS heap are measured.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_FILES, fitsTheCap } from '../fixtures/datasets/hostile-large-datasets';
import { MARKER } from '../../src/boot/page-markers';

/**
 * Generous bounds so a busy 2-core CI machine cannot make the test flaky; the figures measured on
 * a quiet machine (docs/hostile-files.md) are far below them, and the budget there is 200 ms.
 */
const LONGEST_TASK_BOUND_MS = 1_000;
const HEAP_BOUND_MB = 400;

const dir = mkdtempSync(join(tmpdir(), 'hostile-files-'));

declare global {
  interface Window {
    longestTaskMs: number;
  }
}

/** Records the longest main-thread task of every page the test loads, from its first moment. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    window.longestTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longestTaskMs = Math.max(window.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since the page loaded or since the last call, whichever is later. */
const longestTask = (page: Page) =>
  page.evaluate(() => {
    const longest = window.longestTaskMs;
    window.longestTaskMs = 0;
    return Math.round(longest);
  });

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
    await watchLongTasks(page);
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
    await longestTask(page);
    await page.getByTestId('dataset-file-input').setInputFiles(file);
    const line = problems(page)
      .getByRole('listitem')
      .filter({ has: page.locator('code', { hasText: path }) })
      .filter({ hasText: messageIncludes });
    await expect(line).toBeVisible();
    await expect(indicator(page)).toContainText('Showing the bundled dataset');
    const task = await longestTask(page);
    console.log(`${hostile.name}: refused; longest task ${task} ms`);
    expect(task).toBeLessThanOrEqual(LONGEST_TASK_BOUND_MS);
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
    await watchLongTasks(page);
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '', { timeout: 15_000 });

    const tasks: Record<string, number> = { start: await longestTask(page) };
    const started = Date.now();
    await page.getByTestId('dataset-file-input').setInputFiles(file);
    await expect(indicator(page)).toContainText(`your file “${hostile.name}.json”`, {
      timeout: 120_000,
    });
    const openMs = Date.now() - started;
    tasks.open = await longestTask(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('freedom');
    await expect(page).toHaveURL(/q=freedom/);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 120_000 });
    tasks.search = await longestTask(page);
    const heapOpen = await heapMegabytes(page);

    const reloaded = Date.now();
    await page.goto(`/?open=meeting:${meetingId}`);
    await expect(indicator(page)).toContainText(`your file “${hostile.name}.json”`, {
      timeout: 120_000,
    });
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 120_000 });
    const reloadMs = Date.now() - reloaded;
    tasks.reload = await longestTask(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'When the sides met' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('dialog')).toBeHidden();
    tasks.timeline = await longestTask(page);
    const heap = Math.max(heapOpen, await heapMegabytes(page));

    const task = Math.max(...Object.values(tasks));
    console.log(
      `${hostile.name}: ${(text.length / 1e6).toFixed(1)} M characters; opened in ${openMs} ms, reloaded with the meeting open in ${reloadMs} ms; longest task ${JSON.stringify(tasks)} ms; heap ${Math.round(heap)} MB`,
    );
    expect(task).toBeLessThanOrEqual(hostile.longestTaskBoundMs ?? LONGEST_TASK_BOUND_MS);
    expect(heap).toBeLessThanOrEqual(HEAP_BOUND_MB);
  });
}

/** The id of the meeting with the most topics (ties: the first). */
function heaviestMeeting(text: string): string {
  const { meetings } = JSON.parse(text) as { meetings: { id: string; topics: unknown[] }[] };
  return meetings.reduce((a, b) => (b.topics.length > a.topics.length ? b : a)).id;
}
