import { expect, test, type Page } from '@playwright/test';
import { dataset, drawAllCharts, guardPage, pinToday, standingOn, TODAY } from './support';
import { MARKER, rootWith } from '../../src/boot/page-markers';

const PAGES = [
  { path: '/', label: 'Overview', heading: 'How the reforms stand' },
  { path: '/meetings/', label: 'Meetings', heading: 'When the sides met' },
  { path: '/readouts/', label: 'Readouts', heading: 'Who said what' },
  { path: '/topics/', label: 'Topics', heading: 'Topics' },
  { path: '/commitments/', label: 'Commitments', heading: 'Reform commitments' },
  { path: '/sources/', label: 'Sources', heading: 'Sources and conflicts' },
] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

/** How many screens of the viewport's height the page is. */
const screens = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);

test('a newcomer finds the rounds with both co-chairs, round 4 not confirmed, the reforms and the latest developments on the first screen', async ({
  page,
}) => {
  const done = await guardPage(page);
  await pinToday(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();

  const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
  const rounds = dataset.meetings.filter((meeting) => meeting.dialogue === primary?.id);
  const people = new Map(dataset.people.map((person) => [person.id, person.name]));
  const table = page.getByRole('table', { name: /^Meetings of the / });
  for (const meeting of rounds.filter((round) => round.status === 'held')) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Round ${meeting.round}` }) });
    await expect(row).toContainText('Held');
    await expect(row).toBeInViewport();
    for (const chair of meeting.coChairs)
      await expect(row).toContainText(people.get(chair.person) ?? chair.person);
    expect(meeting.coChairs.map((chair) => chair.side).toSorted()).toEqual(['kz', 'us']);
  }
  const lapsed = rounds.filter((meeting) => standingOn(meeting, TODAY) === 'not confirmed');
  expect(lapsed.length).toBeGreaterThan(0);
  for (const meeting of lapsed) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Round ${meeting.round}` }) });
    await expect(row).toContainText('Not confirmed');
    await expect(row).toBeInViewport();
  }
  const reforms = page.getByRole('region', { name: 'How the reforms stand' });
  await expect(
    reforms.getByText(`${dataset.commitments.length} commitments, as of 6 December 2026.`),
  ).toBeInViewport();
  await expect(reforms.getByText('Completion', { exact: true })).toBeInViewport();
  const latest = page.getByRole('list', { name: 'Newest developments' });
  await expect(latest.getByRole('listitem').first()).toBeInViewport();
  // The whole Overview is at most three screens.
  expect(await screens(page)).toBeLessThanOrEqual(3);
  await done();
});

test("each page's address restores it with its filters, Back and Forward move between pages, and no page is taller than 8 screens", async ({
  page,
}) => {
  test.slow(true, 'every page visited with its charts drawn');
  const done = await guardPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const { path, label, heading } of PAGES) {
    await page.goto(`${path}?year=2024`);
    await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
    await expect(nav(page).getByRole('link', { name: label })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('heading', { name: heading, exact: true, level: 2 })).toBeVisible();
    await expect(page.getByText('Showing: Year: 2024')).toBeVisible();
    // The other pages' links keep the filters.
    for (const other of PAGES)
      await expect(nav(page).getByRole('link', { name: other.label })).toHaveAttribute(
        'href',
        `${other.path}?year=2024`,
      );
    await page.goto(path);
    await drawAllCharts(page);
    expect(await screens(page), path).toBeLessThanOrEqual(8);
  }

  await page.goto('/?year=2024');
  await nav(page).getByRole('link', { name: 'Commitments' }).click();
  await expect(page).toHaveURL(/\/commitments\/\?year=2024$/);
  await expect(page).toHaveTitle(/^Reform commitments and independent reviews · /);
  await nav(page).getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources\/\?year=2024$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/commitments\/\?year=2024$/);
  await expect(page.getByRole('heading', { name: 'Reform commitments', level: 2 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Reform commitments', level: 2 })).toBeVisible();
  await done();
});

test('every prerendered page hydrates as it is, and none scrolls sideways at 320 px', async ({
  page,
}) => {
  const done = await guardPage(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('ydrat')) errors.push(message.text());
  });
  await page.setViewportSize({ width: 320, height: 700 });
  for (const { path, label } of PAGES) {
    await page.goto(path);
    await expect(page.locator('#root')).toHaveAttribute(
      MARKER.prerenderedPage,
      label.toLowerCase(),
    );
    await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
    await expect(page.locator(`[${MARKER.prerenderDisabled}]`)).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  expect(errors).toEqual([]);
  await done();
});

test('no page moves under the reader while it loads on a phone (layout shifts)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
    await expect(page.locator(rootWith(MARKER.deferredLayout))).toHaveCount(0);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(
      shifts.reduce((sum, value) => sum + value, 0),
      path,
    ).toBeLessThan(0.01);
  }
});
