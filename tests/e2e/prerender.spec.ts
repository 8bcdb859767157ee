import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import {
  chooseTopic,
  dataset,
  guardPage,
  meetingCountsText,
  pinToday,
  showChart,
  TODAY,
  waitForLayout,
  waitFrames,
} from './support';
import { MARKER, rootWith } from '../../src/boot/page-markers';
import { isolate } from '../../src/lib/isolate';

const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
const topicLabel = (id: string) => dataset.topics.find((topic) => topic.id === id)?.label ?? id;

/** Console errors, including React's report of a hydration mismatch and failed requests. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.text().includes('ydrat')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/**
 * The first screen as the prerendered page and the app both show it; meetings are counted by their
 * standing on `referenceDate` (the day the page was prerendered on, or the app's pinned today).
 */
async function expectDefaultView(page: Page, referenceDate = TODAY) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'United States–Kazakhstan High-Level Dialogue',
  );
  const numbers = page.getByRole('region', { name: 'The record in numbers' });
  const cards = numbers.getByRole('definition');
  await expect(cards.filter({ hasText: meetingCountsText(referenceDate) })).toBeVisible();
  for (const count of [
    dataset.meetings.length,
    dataset.topics.length,
    dataset.commitments.length,
    dataset.sources.length,
  ]) {
    await expect(cards.getByText(String(count), { exact: true }).first()).toBeVisible();
  }
  const rounds = page.getByRole('table', {
    name: `Meetings of the ${isolate(primary?.name ?? '')}, oldest first`,
  });
  await expect(rounds.getByRole('row')).toHaveCount(
    dataset.meetings.filter((meeting) => meeting.dialogue === primary?.id).length + 1,
  );
  await expect(page.getByRole('region', { name: 'How the reforms stand' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Newest developments' })).toBeVisible();
}

/** The meetings page as prerendered and as the app shows it. */
async function expectMeetingsPage(page: Page) {
  const timeline = page.getByRole('region', { name: 'When the sides met' });
  await expect(timeline.getByText(`All ${dataset.meetings.length} meetings`)).toBeVisible();
  await expect(
    timeline.getByRole('list', { name: 'Meetings in date order' }).getByRole('listitem'),
  ).toHaveCount(dataset.meetings.length);
}

/** Marks the prerendered heading so a test can tell hydration (same node) from a fresh render. */
async function tagPrerenderedHeading(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('#root h1')?.setAttribute('data-test-prerendered-node', '');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page shows the heading, the counts and the meetings', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute(MARKER.prerendered, /^\d{4}-\d{2}-\d{2}$/);
    // Without JavaScript the page shows what the build saw on the day it prerendered.
    const renderedOn = (await page.locator('#root').getAttribute(MARKER.prerendered)) ?? '';
    await expectDefaultView(page, renderedOn);
    // Controls that need the app say so instead of doing nothing.
    await expect(page.getByRole('button', { name: 'Topic', exact: true })).toBeDisabled();
    // Every page is a file of its own, its links real addresses.
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await expect(page).toHaveURL(/\/meetings\/$/);
    await expect(page).toHaveTitle(/^Meetings and high-level contacts · /);
    await expectMeetingsPage(page);
    // The sources are still one click away.
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Sources' })
      .click();
    await expect(page).toHaveURL(/\/sources\/$/);
    expect(await page.locator('main a[href^="https://"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

test('the app hydrates the prerendered page without a mismatch, and the filters work', async ({
  page,
}) => {
  const done = await guardPage(page);
  const errors = watchConsole(page);
  await tagPrerenderedHeading(page);
  await pinToday(page);
  const firstState = await recordFirstState(page);
  await page.goto('/');
  expect(await firstState()).toEqual({ main: 'visible', note: 'none' });
  await expectDefaultView(page);
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  // Hydrated, not re-rendered: the heading is still the node the HTML created.
  await expect(page.locator('h1[data-test-prerendered-node]')).toHaveCount(1);
  await expect(page.locator(`[${MARKER.prerenderDisabled}]`)).toHaveCount(0);
  // Another page comes without a reload, and its lazy charts mount as the reader scrolls to them.
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page).toHaveURL(/\/meetings\/$/);
  await expect(page.locator('h1[data-test-prerendered-node]')).toHaveCount(1);
  await expectMeetingsPage(page);
  await showChart(
    page,
    page.getByRole('figure', { name: 'Timeline of meetings and reform milestones' }),
  );

  const topic = 'disability-rights';
  await chooseTopic(page, topicLabel(topic));
  await expect(page).toHaveURL(new RegExp(`/meetings/\\?topic=${topic}$`));
  const matching = dataset.meetings.filter((m) => m.topics.some((t) => t.topic === topic));
  await expect(
    page
      .getByRole('region', { name: 'When the sides met' })
      .getByText(`${matching.length} of ${dataset.meetings.length} meetings`),
  ).toBeVisible();

  expect(errors).toEqual([]);
  await done();
});

/**
 * Records, when the document has been parsed (the first script has run, nothing has been fetched
 * by the app yet), whether the prerendered main area is visible and what the header says.
 */
async function recordFirstState(page: Page): Promise<() => Promise<unknown>> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const main = document.querySelector('main');
      const header = document.querySelector('#root > header');
      (window as unknown as { __first: unknown }).__first = {
        main: main ? getComputedStyle(main).visibility : 'missing',
        note: header ? getComputedStyle(header, '::after').content : 'missing',
      };
    });
  });
  return () => page.evaluate(() => (window as unknown as { __first: unknown }).__first);
}

test('a deep link renders its filtered view afresh, without hydrating the default one', async ({
  page,
}) => {
  const done = await guardPage(page);
  const errors = watchConsole(page);
  await tagPrerenderedHeading(page);
  const firstState = await recordFirstState(page);
  const topic = 'trafficking-in-persons';
  await page.goto(`/meetings/?topic=${topic}`);
  // The unfiltered default view is never shown as if it answered the link.
  expect(await firstState()).toEqual({
    main: 'hidden',
    note: '"Loading the view you asked for…"',
  });
  const matching = dataset.meetings.filter((m) => m.topics.some((t) => t.topic === topic));
  expect(matching.length).toBeLessThan(dataset.meetings.length);
  const timeline = page.getByRole('region', { name: 'When the sides met' });
  await expect(
    timeline.getByText(`${matching.length} of ${dataset.meetings.length} meetings`),
  ).toBeVisible();
  await expect(
    timeline.getByRole('list', { name: 'Meetings in date order' }).getByRole('listitem'),
  ).toHaveCount(matching.length);
  await expect(page.getByText(`Showing: Topic: ${topicLabel(topic)}`)).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  await expect(page.locator('h1[data-test-prerendered-node]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Topic', exact: true })).toBeEnabled();
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute(MARKER.staleView);
  expect(errors).toEqual([]);
  await done();
});

test('once live, the page lays out the deferred panels part by part and leaves no trace', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/sources/');
  await expect(page.locator(rootWith(MARKER.deferredLayout))).toBeAttached();
  await waitForLayout(page);
  // Every skipped part was shown again and the inline styles that did it are gone.
  await expect(page.locator('#root [style*="content-visibility"]')).toHaveCount(0);
  // A jump to a far element lands on it: nothing above it grows any more.
  const list = page.getByRole('list', { name: 'Sources', exact: true });
  await list.scrollIntoViewIfNeeded();
  await expect(list).toBeInViewport();
  const top = await list.evaluate((node) => node.getBoundingClientRect().top);
  await waitFrames(page, 20);
  expect(await list.evaluate((node) => node.getBoundingClientRect().top)).toBe(top);
});

test('a browser that keeps a dataset of its own does not hydrate the bundled page', async ({
  page,
}) => {
  const done = await guardPage(page);
  const errors = watchConsole(page);
  await tagPrerenderedHeading(page);
  // The flag without a stored file: the app renders afresh and falls back to the bundled data.
  await page.addInitScript(() => localStorage.setItem('dialogue-tracker:custom-dataset', '1'));
  await pinToday(page);
  const firstState = await recordFirstState(page);
  await page.goto('/');
  expect(await firstState()).toMatchObject({ main: 'hidden' });
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  await expectDefaultView(page);
  await expect(page.locator('h1[data-test-prerendered-node]')).toHaveCount(0);
  expect(errors).toEqual([]);
  await done();
});

test('the first view loads nothing render-blocking but the one stylesheet, and no request fails', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  const head = await page.evaluate(() => ({
    stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].length,
    styleElements: document.querySelectorAll('style').length,
    blockingScripts: [...document.querySelectorAll('script[src]')].filter(
      (script) => script.getAttribute('type') !== 'module' && !script.hasAttribute('defer'),
    ).length,
    inlineScripts: [...document.querySelectorAll('script:not([src])')].length,
    icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
    manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
  }));
  expect(head).toMatchObject({
    stylesheets: 1,
    styleElements: 0,
    blockingScripts: 0,
    inlineScripts: 0,
    icon: '/favicon.svg',
    manifest: '/manifest.webmanifest',
  });
  const favicon = await page.request.get('/favicon.svg');
  expect(favicon.ok()).toBe(true);
  expect(errors).toEqual([]);
});
