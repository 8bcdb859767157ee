import { expect, test } from '@playwright/test';
import { drawAllCharts, guardPage, useSharedPage } from './support';

// A long summary wraps the Export button to the left of its frame; the menu must still open on
// screen (it once hung from the button and started 67 px left of the page at 1280 px). One page,
// its charts drawn once, is narrowed from one width to the next.
let done: () => Promise<void>;
const shared = useSharedPage(async (page) => {
  done = await guardPage(page);
  await page.goto('/');
  await drawAllCharts(page);
});

for (const width of [1280, 360, 320]) {
  test(`every export menu shows whole, not cut off at the edge of the page (${width} px)`, async () => {
    const { page } = shared;
    await page.setViewportSize({ width, height: 800 });
    const figures = page.locator('main figure').filter({
      has: page.getByRole('button', { name: /^Export/ }),
    });
    expect(await figures.count()).toBeGreaterThanOrEqual(6);
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
