import { expect, test, type Page } from '@playwright/test';
import { drawAllCharts, guardPage, useSharedPage } from './support';

// A long summary wraps the Export button to the left of its frame; the menu must still open on
// screen (it once hung from the button and started 67 px left of the page at 1280 px). One page,
// its charts drawn once, is narrowed from one width to the next; then the next page with charts.
let done: () => Promise<void>;
const shared = useSharedPage(async (page) => {
  done = await guardPage(page);
});

/** Opens the page at `path` with its charts drawn, unless it is already open. */
async function visit(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname === path) return;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  await drawAllCharts(page);
}

/** The pages with charts, and how many charts with an Export menu each has at least. */
const CHART_PAGES = [
  { path: '/meetings/', charts: 1 },
  { path: '/readouts/', charts: 1 },
  { path: '/topics/', charts: 3 },
  { path: '/commitments/', charts: 1 },
];

for (const { path, charts } of CHART_PAGES)
  for (const width of [1280, 360, 320]) {
    test(`every export menu on ${path} shows whole, not cut off at the edge of the page (${width} px)`, async () => {
      const { page } = shared;
      await visit(page, path);
      await page.setViewportSize({ width, height: 800 });
      const figures = page.locator('main figure').filter({
        has: page.getByRole('button', { name: /^Export/ }),
      });
      expect(await figures.count()).toBeGreaterThanOrEqual(charts);
      // Every chart was drawn once, before the first width (drawAllCharts).
      for (const figure of await figures.all()) {
        const toggle = figure.getByRole('button', { name: /^Export/ });
        await toggle.click();
        // The menu's bottom corners are hit where they are drawn, so nothing clips or hides them.
        const { caption, ...box } = await figure
          .getByRole('button', { name: 'Download CSV' })
          .evaluate((button) => {
            button.scrollIntoView({ block: 'center' });
            const menu = button.parentElement as HTMLElement;
            const { left, right, bottom } = menu.getBoundingClientRect();
            const corners = [
              [left + 2, bottom - 2],
              [right - 2, bottom - 2],
            ] as const;
            const hits = corners.map(([x, y]) => menu.contains(document.elementFromPoint(x, y)));
            const figcaption = button.closest('figure')?.querySelector('figcaption');
            return { left, right, hits, caption: figcaption?.innerText ?? '' };
          });
        expect(box.hits, caption).toEqual([true, true]);
        // …and it opens under its button, not across the frame from it.
        const button = (await toggle.boundingBox())!;
        expect(box.left, caption).toBeLessThanOrEqual(button.x);
        expect(box.right, caption).toBeGreaterThanOrEqual(button.x + button.width);
        await toggle.click();
      }
      await done();
    });
  }
