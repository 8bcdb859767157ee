import { expect, test } from '@playwright/test';
import { guardPage, openTable, showChart, waitForLayout } from './support';
import { MARKER } from '../../src/boot/page-markers';

// Charts below the first screen (and their code) load only as the reader scrolls towards them, so
// a phone on a slow network gets a usable first screen without downloading the chart library.
test.use({ viewport: { width: 360, height: 780 } });

const CHART_CODE = /(?:-chart|CartesianChart|Legend|Symbols)-[\w-]+\.js$/;

test('a phone loads no chart code until the reader opens a page with a chart and nears it', async ({
  page,
}) => {
  const done = await guardPage(page);
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (CHART_CODE.test(new URL(request.url()).pathname)) chartRequests.push(request.url());
  });
  await page.goto('/');
  await waitForLayout(page);
  // The app is live, laid out and idle (the frame after layout, whose observers could have asked
  // for a chart, is drawn, and the page then had nothing left to do), yet no chart was drawn or
  // downloaded.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve))),
  );
  await expect(page.locator(`[${MARKER.chartBody}] svg`)).toHaveCount(0);
  expect(chartRequests).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Topics' })
    .click();
  const frequency = page.getByRole('figure', { name: 'How often each topic was raised' });
  await showChart(page, frequency);
  await expect(frequency.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(chartRequests.length).toBeGreaterThan(0);
  // A chart far further down is still waiting for the reader.
  await expect(
    page
      .getByRole('figure', { name: 'Topic profiles by dialogue' })
      .locator(`[${MARKER.chartBody}] svg`),
  ).toHaveCount(0);
  await done();
});

test('offline before a chart loaded, its panel stays, says why the chart is missing and keeps the table', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForLayout(page);
  // The Topics page's own code is fetched when its link is pointed at.
  const topics = page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Topics' });
  await Promise.all([
    page.waitForResponse((response) => /\/topics-panels-[\w-]+\.js$/.test(response.url())),
    topics.hover(),
  ]);
  // No service worker in these tests (as on a first visit before it has cached the app): the
  // chart's code cannot be fetched once the network is gone.
  await context.setOffline(true);
  await topics.click();
  const frequency = page.getByRole('figure', { name: 'How often each topic was raised' });
  await frequency.scrollIntoViewIfNeeded();
  await expect(
    frequency.getByText(/The chart could not be loaded: the connection seems to be down\./),
  ).toBeVisible();
  await expect(page.getByText('The topics panel could not be shown.')).toBeHidden();
  await openTable(frequency);
  await expect(frequency.locator('details table tbody tr').first()).toBeVisible();
  await context.setOffline(false);
});

test("offline before a page's code loaded, that page says why it is missing and how to get it", async ({
  page,
  context,
}) => {
  const done = await guardPage(page);
  await page.goto('/');
  await waitForLayout(page);
  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Commitments' })
    .click();
  const failure = page
    .getByRole('alert')
    .filter({ hasText: 'The Commitments panel could not be shown.' });
  await expect(failure).toContainText('the connection seems to be down');
  // The frame stays: the address and the pages' navigation name the page asked for.
  await expect(page).toHaveURL(/\/commitments\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Commitments' }),
  ).toHaveAttribute('aria-current', 'page');

  // Browsers keep a module they could not fetch as failed until the page reloads, so Retry reloads.
  await context.setOffline(false);
  await Promise.all([
    page.waitForEvent('load'),
    failure.getByRole('button', { name: 'Retry' }).click(),
  ]);
  await expect(page.getByRole('heading', { name: 'Reform commitments', level: 2 })).toBeVisible();
  await expect(failure).toBeHidden();
  await done();
});
