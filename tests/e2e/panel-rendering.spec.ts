import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseYear, guardPage, waitForLayout, waitFrames } from './support';
import { MARKER } from '../../src/boot/page-markers';

/** Whether the browser draws the element now, or skips it as off screen (content-visibility). */
const drawn = (element: Locator) =>
  element.evaluate((node) => node.checkVisibility({ contentVisibilityAuto: true }));

/** What each panel holds: a panel itself counts as drawn even while its content is skipped. */
const panelContents = (page: Page) => page.locator(`[${MARKER.panels}] > section > *:first-child`);

const sourcesList = (page: Page) => page.getByRole('list', { name: 'Sources', exact: true });

/** Jumps to the far Sources list and checks the reader lands on it and the page stays put. */
async function jumpToSources(page: Page): Promise<void> {
  const list = sourcesList(page);
  await list.scrollIntoViewIfNeeded();
  await expect(list).toBeInViewport();
  expect(await drawn(list)).toBe(true);
  const top = await list.evaluate((node) => node.getBoundingClientRect().top);
  // The panels around it being drawn does not move the page under the reader.
  await waitFrames(page, 20);
  expect(await list.evaluate((node) => node.getBoundingClientRect().top)).toBe(top);
}

for (const { name, url } of [
  { name: 'the default view', url: '/sources/' },
  { name: 'a deep link, rendered afresh', url: '/sources/?year=2024' },
]) {
  test(`${name}: a far panel is skipped until the reader nears it, and a jump lands on it`, async ({
    page,
  }) => {
    const done = await guardPage(page);
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(url);
    await waitForLayout(page);
    // Skipped only once drawn, and out of view: every panel out of view keeps the height it was
    // drawn at, not a placeholder; one in view is never skipped, so nothing in view jumps.
    await expect
      .poll(() =>
        page.evaluate(
          ({ panels, drawn }) =>
            [...document.querySelectorAll(`[${panels}] > section`)].map((section) => {
              const { top, bottom } = section.getBoundingClientRect();
              const inView = bottom > 0 && top < window.innerHeight;
              return `${section.getAttribute('aria-labelledby')}: ${inView ? 'in view' : 'out of view'}, ${section.hasAttribute(drawn) ? 'skippable' : 'kept'}`;
            }),
          { panels: MARKER.panels, drawn: MARKER.drawn },
        ),
      )
      .toEqual([
        'latest-title: in view, kept',
        'sources-title: out of view, skippable',
        'changelog-title: out of view, skippable',
      ]);
    expect(await drawn(sourcesList(page))).toBe(false);
    await expect(page.locator('#sources-title')).toHaveText('Sources and conflicts');
    await jumpToSources(page);
    await done();
  });
}

test('after a filter change, a jump to a far panel still lands on it', async ({ page }) => {
  const done = await guardPage(page);
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/sources/');
  await waitForLayout(page);
  await chooseYear(page, 2024);
  await expect(page).toHaveURL(/\/sources\/\?year=2024$/);
  await jumpToSources(page);
  await done();
});

test('printing draws every panel, not only those the reader scrolled to', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/sources/');
  await waitForLayout(page);
  await expect(panelContents(page)).toHaveCount(3);
  expect(await Promise.all((await panelContents(page).all()).map(drawn))).toContain(false);
  await page.emulateMedia({ media: 'print' });
  expect(await Promise.all((await panelContents(page).all()).map(drawn))).not.toContain(false);
  await done();
});
