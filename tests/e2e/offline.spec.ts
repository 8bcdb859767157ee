import { expect, test, type Page } from '@playwright/test';
import { dataset, guardPage, showChart } from './support';
import { MARKER } from '../../src/boot/page-markers';

// The one place the build's service worker runs (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** Visits once and waits until the service worker has cached everything and controls the page. */
async function firstVisit(page: Page) {
  await page.goto('/');
  // Installing means downloading and caching every file of the app (about 1.5 MB).
  await expect(status(page, 'Available offline')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
}

test('after the first visit the dashboard opens and works offline', async ({ page, context }) => {
  test.slow();
  const done = await guardPage(page);
  await firstVisit(page);

  await context.setOffline(true);
  await page.reload();
  await expect(status(page, 'Offline — showing the saved copy')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'United States–Kazakhstan High-Level Dialogue',
  );
  await expect(page.getByTestId('dataset-indicator')).toContainText(
    `version ${dataset.meta.version}`,
  );
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  // Another page, and the lazy chart chunks, come from the cache too.
  await page.goto('/commitments/');
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  const farChart = page.getByRole('figure', { name: 'Commitments by status' });
  await showChart(page, farChart);

  // A deep link (rendered afresh, not hydrated) works offline as well.
  await page.goto('/meetings/?year=2024');
  const in2024 = dataset.meetings.filter((m) => m.date.value.startsWith('2024')).length;
  await expect(
    page
      .getByRole('region', { name: 'When the sides met' })
      .getByText(`${in2024} of ${dataset.meetings.length} meetings`),
  ).toBeVisible();
  await expect(status(page, 'Offline — showing the saved copy')).toBeVisible();

  await context.setOffline(false);
  await expect(status(page, 'Offline — showing')).toHaveCount(0);
  await done();
});

test('a new version waits until the user chooses Reload, then takes over', async ({ page }) => {
  test.slow();
  const done = await guardPage(page);
  await firstVisit(page);

  // Another version of the worker (the same file under another URL is a new script to the
  // browser) installs and waits, as a new deployment's would.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?version=2');
  });
  const prompt = status(page, 'A new version is available');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeEnabled();
  // Nothing changes until the user asks.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js$/,
  );

  await Promise.all([
    page.waitForEvent('framenavigated'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js\?version=2$/,
  );
  // (The reloaded app registers /sw.js again, which to the browser is yet another version, so
  // the prompt coming back here is this simulation's doing; a real deployment keeps one URL.)
  await done();
});
