import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseYear, DATASET_PATH, guardPage, waitForLayout } from './support';
import { MARKER, rootWith } from '../../src/boot/page-markers';
import { idOptionValue } from '../../src/lib/option-value';

type Dated = { value: string };
type Record = {
  meta: { version: string; changelog: { version: string; date: string }[] };
  meetings: {
    id: string;
    status: string;
    date: Dated;
    outcomes: { kind: string; meeting?: string }[];
  }[];
  commitments: { id: string; title: string; events: { date: Dated }[] }[];
  reviewSeries?: { id: string }[];
  reviews?: { series: string; edition: string; date: Dated }[];
  contacts?: { name: string; date: Dated }[];
};

/** The bundled dataset, read from disk: the expectations are worked out here, not by the app. */
const record = JSON.parse(readFileSync(`public${DATASET_PATH}`, 'utf8')) as Record;

type Development = { value: string; title: string | null; opensDetail: boolean };

/**
 * Every dated development in the panel's order for equal dates (meetings oldest first, each held
 * meeting then what it agreed; then commitment events; reviews; contacts), with its title (null
 * for a meeting: the app names those) and whether its title opens a detail.
 */
function developments(): Development[] {
  const series = new Set((record.reviewSeries ?? []).map((entry) => entry.id));
  const ids = new Set(record.meetings.map((meeting) => meeting.id));
  const held = record.meetings
    .filter((meeting) => meeting.status === 'held')
    .toSorted((a, b) => (start(a.date.value) < start(b.date.value) ? -1 : 1));
  return [
    ...held.flatMap((meeting) => [
      { value: meeting.date.value, title: null, opensDetail: true },
      ...meeting.outcomes
        .filter((o) => o.kind === 'next-meeting-agreed' && o.meeting && ids.has(o.meeting))
        .map(() => ({ value: meeting.date.value, title: null, opensDetail: true })),
    ]),
    ...record.commitments.flatMap((c) =>
      c.events.map((e) => ({ value: e.date.value, title: c.title, opensDetail: true })),
    ),
    ...(record.reviews ?? [])
      .filter((review) => series.has(review.series))
      .map((review) => ({ value: review.date.value, title: review.edition, opensDetail: false })),
    ...(record.contacts ?? []).map((contact) => ({
      value: contact.date.value,
      title: contact.name,
      opensDetail: false,
    })),
  ];
}

/** The first day a partial date can mean: the panel's (and the feed's) sort key. */
function start(value: string): string {
  return value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`;
}

const all = developments();
/** Newest first by first day, then the finer date, then the order above (a stable sort). */
const sorted = all.toSorted(
  (a, b) =>
    (start(a.value) < start(b.value) ? 1 : start(a.value) > start(b.value) ? -1 : 0) ||
    b.value.length - a.value.length,
);
const newest = sorted[0];
const newestTitles = sorted
  .filter((item) => start(item.value) === start(newest?.value ?? ''))
  .flatMap((item) => (item.title === null ? [] : [item.title]));
const dialogsForNewest = newest?.opensDetail ? 1 : 0;

const panel = (page: Page) => page.getByRole('region', { name: 'Latest developments' });

/** The heading is on screen and below the filter bar, which sticks to the top on wider screens. */
async function expectLandedOn(page: Page, heading: Locator) {
  await expect(heading).toBeInViewport();
  const bar = await page.getByRole('region', { name: 'Filters' }).boundingBox();
  const box = await heading.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
}
const items = (page: Page) =>
  panel(page).getByRole('list', { name: 'Developments, newest first' }).locator(':scope > li');

test('the panel lists the newest development first, and a filter narrows it', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/sources/');
  await expect(
    panel(page).getByText(new RegExp(`^${all.length} developments since `)),
  ).toBeVisible();
  const first = items(page).first();
  await expect(first.locator('time')).toHaveAttribute('datetime', newest?.value ?? '');
  // A title of the newest day's developments (when one is not a meeting, which the app names).
  const text = (await first.textContent()) ?? '';
  expect(newestTitles.some((title) => text.includes(title))).toBe(newestTitles.length > 0);
  await expect(items(page)).toHaveCount(Math.min(5, all.length));

  await chooseYear(page, 2024);
  await expect(page).toHaveURL(/\/sources\/\?year=2024$/);
  const in2024 = all.filter((item) => item.value.startsWith('2024')).length;
  await expect(
    panel(page).getByText(new RegExp(`^${in2024} of ${all.length} developments since `)),
  ).toBeVisible();
  for (const time of await items(page).locator('h3 time').all())
    await expect(time).toHaveAttribute('datetime', /^2024/);
  await done();
});

test('/feed.xml is an Atom feed whose newest development opens in the app', async ({ page }) => {
  const done = await guardPage(page);
  const response = await page.request.get('/feed.xml');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  await page.goto('/sources/');
  // Chromium's own XML parser reads it.
  const feed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const child = (element: Element, name: string) =>
      [...element.children].find((node) => node.localName === name);
    return {
      error: document.getElementsByTagName('parsererror').length > 0,
      namespace: document.documentElement.namespaceURI,
      self: document.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
      entries: [...document.getElementsByTagName('entry')].map((entry) => ({
        id: child(entry, 'id')?.textContent ?? '',
        title: child(entry, 'title')?.textContent ?? '',
        updated: child(entry, 'updated')?.textContent ?? '',
        link: child(entry, 'link')?.getAttribute('href') ?? '',
        category: child(entry, 'category')?.getAttribute('term') ?? '',
      })),
    };
  }, xml);
  expect(feed).toMatchObject({ error: false, namespace: 'http://www.w3.org/2005/Atom' });
  expect(feed.self).toBe('/feed.xml');
  const { entries } = feed;
  expect(entries).toHaveLength(Math.min(100, all.length + record.meta.changelog.length));
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  for (const entry of entries) expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  const times = entries.map((entry) => entry.updated);
  expect(times).toEqual(times.toSorted().toReversed());

  // The first development in the feed is the newest development, the one the panel lists first.
  const development = entries.find((entry) => entry.category !== 'dataset-version');
  expect(development?.updated).toBe(`${start(newest?.value ?? '')}T00:00:00Z`);
  const kind = await items(page)
    .first()
    .getByRole('heading', { level: 3 })
    .locator('span')
    .textContent();
  expect(development?.title.startsWith(`${kind} — `)).toBe(true);
  const title = development?.title.slice(`${kind} — `.length) ?? '';

  // The panel's own address lands on it, clear of the filter bar.
  await page.goto('/sources/#latest');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
  await expect(page.locator(rootWith(MARKER.deferredLayout))).toHaveCount(0);
  await expectLandedOn(page, panel(page).getByRole('heading', { name: 'Latest developments' }));

  // A commitment or meeting opens its detail; a review or contact, the panel that lists it.
  await page.goto(development?.link ?? '/');
  await expect(page.getByRole('dialog', { name: title })).toHaveCount(dialogsForNewest);
  await expect(panel(page).getByText(title).first()).toBeVisible();
  await done();
});

test('the changelog’s "since" picker writes the URL, and a shared URL restores it', async ({
  page,
}) => {
  const done = await guardPage(page);
  const versions = record.meta.changelog.map((entry) => entry.version);
  // The picker shows only with two versions or more.
  expect(versions.length).toBeGreaterThan(1);
  const oldest = versions.toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0] ?? '';
  const changelog = page.getByRole('region', { name: 'Dataset changelog' });
  const picker = changelog.getByRole('combobox', { name: 'Show changes since version' });
  const shown = changelog.getByRole('list', { name: 'Dataset versions, newest first' });

  await page.goto('/sources/');
  await waitForLayout(page);
  await picker.scrollIntoViewIfNeeded();
  await picker.selectOption(idOptionValue(oldest));
  await expect(page).toHaveURL(new RegExp(`\\?since=${oldest.replace(/\./g, '\\.')}$`));
  await expect(shown.getByRole('heading', { level: 3 })).toHaveCount(versions.length - 1);

  await page.goBack();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(shown.getByRole('heading', { level: 3 })).toHaveCount(versions.length);

  await page.goto(`/sources/?since=${oldest}`);
  await expect(picker).toHaveValue(idOptionValue(oldest));
  await expect(shown.getByRole('heading', { level: 3 })).toHaveCount(versions.length - 1);

  // The feed links a version to the changelog since the one before it, at the panel.
  await page.goto(`/sources/?since=${oldest}#changelog`);
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
  await expectLandedOn(page, changelog.getByRole('heading', { name: 'Dataset changelog' }));
  await expect(shown.getByRole('heading', { level: 3 })).toHaveCount(versions.length - 1);

  // A version this dataset does not list is dropped from the address.
  await page.goto('/sources/?year=2024&since=0.0.1');
  await expect(page).toHaveURL(/\?year=2024$/);
  await expect(picker).toHaveValue('all');
  await done();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('opening /feed.xml in a tab the worker controls still gets the feed', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({
      timeout: 30_000,
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
      .toBe('activated');
    const response = await page.goto('/feed.xml');
    expect(response?.headers()['content-type']).toMatch(/xml/);
    expect(await response?.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  });
});
