import { readFileSync } from 'node:fs';
import { expect, test, type ElementHandle, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { dataset, drawAllCharts, guardPage } from './support';

/** Whether `target` has focus, whether it is still in the page, and what has focus, in one round trip. */
function focusState(page: Page, target: ElementHandle<Node>) {
  return page.evaluate((target) => {
    const el = document.activeElement;
    return {
      focused: el === target,
      connected: target.isConnected,
      label: `${el?.tagName.toLowerCase()} ${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40)}`,
    };
  }, target);
}

/**
 * Presses Tab until `target` has focus; fails if it is not reached in `max` presses. The target is
 * found once (a role query over the whole page is costly), and again only if the app replaced it.
 */
async function tabTo(
  page: Page,
  target: Locator,
  max = 250,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<string[]> {
  const visited: string[] = [];
  let handle = await target.elementHandle();
  let state = await focusState(page, handle!);
  for (let i = 0; i < max; i += 1) {
    if (!state.connected) {
      handle = await target.elementHandle();
      state = await focusState(page, handle!);
    }
    if (state.focused) return visited;
    await page.keyboard.press(key);
    state = await focusState(page, handle!);
    visited.push(state.label);
  }
  if (state.focused) return visited;
  throw new Error(
    `not reached with ${max} presses of ${key}; last: ${visited.slice(-5).join(' | ')}`,
  );
}

/** The focused element shows a focus ring the user can see (WCAG 2.4.7). */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
  expect(ring).toEqual({ focusVisible: true, outline: true });
}

test('a keyboard user filters by topic and year, reads a quote in a meeting, and exports a chart', async ({
  page,
}, testInfo) => {
  test.slow();
  const done = await guardPage(page);
  const round3 = dataset.meetings.find((m) => m.dialogue === 'us-kz-hld' && m.round === 3);
  const topicId = round3?.topics[0]?.topic ?? '';
  const topic = dataset.topics.find((t) => t.id === topicId);
  const year = round3?.date.value.slice(0, 4) ?? '';
  const quote = round3?.topics[0]?.evidence[0]?.quote ?? '';
  expect(topic && year && quote).toBeTruthy();

  await page.goto('/meetings/');
  await expect(page.getByTestId('dataset-file-input')).toBeAttached();

  // The first Tab lands on the skip link, which becomes visible.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();

  // Topic filter: open with Enter, tick with Space, close with Escape back onto its button.
  const topicButton = page.getByRole('button', { name: 'Topic', exact: true });
  const order = await tabTo(page, topicButton);
  // Logical order: the dataset controls come before the filters, the filters before the panels.
  expect(order.indexOf('button Dataset ▾')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('button Dataset ▾')).toBeLessThan(order.length - 1);
  await expectVisibleFocus(topicButton);
  await page.keyboard.press('Enter');
  const topicBox = page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', {
    name: topic?.label ?? '',
  });
  await tabTo(page, topicBox);
  await expectVisibleFocus(topicBox);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`topic=${topicId}`));
  await page.keyboard.press('Escape');
  await expect(topicBox).toBeHidden();
  await expect(topicButton).toBeFocused();

  // Year filter, the same way.
  const yearButton = page.getByRole('button', { name: 'Year', exact: true });
  await tabTo(page, yearButton);
  await page.keyboard.press('Enter');
  const yearBox = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: year });
  await tabTo(page, yearBox);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`topic=${topicId}&year=${year}`));
  await page.keyboard.press('Escape');
  await expect(yearButton).toBeFocused();

  // Open the meeting from the timeline list and read a quote in the dialog.
  const opener = page
    .getByRole('list', { name: 'Meetings in date order' })
    .getByRole('button', { name: 'US–Kazakhstan round 3', exact: true });
  await tabTo(page, opener);
  await expectVisibleFocus(opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'US–Kazakhstan round 3' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(quote, { exact: false }).first()).toBeVisible();
  // Focus is inside the dialog and stays there while tabbing.
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Back up to the Topics page's link; the filters come along, and focus moves to the new page.
  const topicsLink = page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Topics' });
  await tabTo(page, topicsLink, 250, 'Shift+Tab');
  await expectVisibleFocus(topicsLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/topics/\\?topic=${topicId}&year=${year}$`));
  await expect(page.locator('#main')).toBeFocused();

  // Export the topic chart as PNG from the keyboard.
  const figure = page.getByRole('figure', { name: 'How often each topic was raised' });
  const exportButton = figure.getByRole('button', { name: /^Export/ });
  await tabTo(page, exportButton);
  await expectVisibleFocus(exportButton);
  await page.keyboard.press('Enter');
  const png = figure.getByRole('button', { name: 'Download PNG' });
  await tabTo(page, png, 10);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  await done();
});

test('a keyboard user opens their own dataset file and goes back, with focus kept in order', async ({
  page,
}) => {
  // Listening for the file chooser asks the browser to hand it to Playwright, in a message that is
  // not awaited: begun just before the key press, the press could overtake it on a busy machine
  // (the chooser then never reached the test). Begun first, it is in place long before.
  const chooser = page.waitForEvent('filechooser');
  await page.goto('/');
  await expect(page.getByTestId('dataset-file-input')).toBeAttached();
  // The "Dataset" menu: Enter opens it, Escape closes it back onto its button, Space opens it
  // again, and its items follow the button in Tab order.
  const menu = page.getByRole('button', { name: 'Dataset', exact: true });
  const open = page.getByRole('button', { name: 'Open your own file…' });
  const schema = page.getByRole('link', { name: 'published JSON Schema' });
  await tabTo(page, menu);
  await expectVisibleFocus(menu);
  await expect(open).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(open).toBeVisible();
  expect(await axeViolations(page, 'section[aria-label="Dataset"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(open).toBeHidden();
  await expect(menu).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(open);
  await page.keyboard.press('Tab');
  await expect(schema).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open).toBeHidden();
  await (await chooser).setFiles('tests/fixtures/datasets/broken/22-february-30.json');
  // Focus moves to the explanation so a screen reader reads it at once.
  const heading = page.getByRole('heading', { name: '“22-february-30.json” was not opened' });
  await expect(heading).toBeFocused();
  const panel = page.getByTestId('dataset-problems');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Choose another file…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeHidden();
  await expect(menu).toBeFocused();
});

test('on a phone, the offline message never hides the control that has focus', async ({
  page,
  context,
}) => {
  // Draws every chart, then 80 presses of Tab with a check each: about 20 s, 30 s on a busy CI.
  test.slow();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/topics/');
  // Every chart's code is loaded before going offline: without the service worker (blocked in these
  // tests) a chart first reached offline cannot load, and its panel shows an error instead.
  await drawAllCharts(page);
  await context.setOffline(true);
  const message = page.getByRole('status').filter({ hasText: 'Offline — showing the saved copy' });
  await expect(message).toBeVisible();
  const covered = await message.boundingBox();
  expect(covered).not.toBeNull();
  const top = covered?.y ?? 0;
  // The message spans a phone's width. Every control tabbed to must show above it: all of it, or
  // for one taller than the space above (a scrolling table), at least its first 24 px.
  let scrolled = 0;
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((messageTop) => {
      const element = document.activeElement;
      const rect = element?.getBoundingClientRect() ?? new DOMRect();
      const shown = Math.min(rect.bottom, messageTop) - Math.max(rect.top, 0);
      return {
        name: `${element?.tagName.toLowerCase()} ${element?.textContent?.trim().slice(0, 30)}`,
        shown: shown >= Math.min(rect.height, 24) - 1,
        y: window.scrollY,
      };
    }, top);
    scrolled = Math.max(scrolled, focused.y);
    expect({ name: focused.name, shown: focused.shown }).toEqual({
      name: focused.name,
      shown: true,
    });
  }
  // The walk went well past the first screen, so focus scrolling was put to the test.
  expect(scrolled).toBeGreaterThan(780);
  await context.setOffline(false);
});
