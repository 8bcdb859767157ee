import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { guardPage } from './support';
import { MARKER, rootWith } from '../../src/boot/page-markers';

const QUOTES_SHOWN = 10;

test('a search lists the matching quotes, marked and counted, and a quote opens what it supports', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/?q=assembly');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();

  const results = page.getByRole('region', { name: 'Search results for “assembly”' });
  const heading = results.getByRole('heading', { name: /^Quotes \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  // "assembly" is in more quotes than are shown at first: the rest wait for "Show all".
  expect(count).toBeGreaterThan(QUOTES_SHOWN);
  const quotes = results.getByRole('list', { name: 'Matching quotes' }).getByRole('listitem');
  await expect(quotes).toHaveCount(QUOTES_SHOWN);
  await expect(results.getByText(`Showing ${QUOTES_SHOWN} of ${count} quotes`)).toBeVisible();
  // The total counts the quotes with the other groups.
  const total = Number(
    (await results.getByText(/results, with the other filters/).textContent())?.match(/\d+/)?.[0],
  );
  expect(total).toBeGreaterThan(count);

  const first = quotes.first();
  await expect(first.locator('mark').first()).toHaveText(/^assembly$/i);
  const link = first.getByRole('link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/[?&]open=(meeting|commitment|review|contact):/);
  const supports = (await link.textContent()) ?? '';
  await link.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  // The link names the fact and its record ("Event: … — Law on peaceful assemblies"); the drawer the record.
  const record = (await drawer.getByRole('heading', { level: 2 }).textContent()) ?? '';
  expect(record).not.toBe('');
  expect(supports).toContain(record);
  expect(new URL(page.url()).searchParams.get('open')).toBe(
    new URL(href ?? '', page.url()).searchParams.get('open'),
  );
  await done();
});

test('axe finds nothing wrong in search results with quotes', async ({ page }) => {
  await page.goto('/?q=assembly');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
  await expect(page.getByRole('list', { name: 'Matching quotes' })).toBeVisible();
  expect(await axeViolations(page, 'section[aria-labelledby="search-results-title"]')).toEqual([]);
});

test('a conflict on the Readouts page is a link to its one home on Sources, filters kept', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/readouts/?year=2024');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();

  const box = page.getByRole('complementary', { name: 'Sources disagree' });
  // The claims and their quotes are on the Sources page only.
  await expect(box.getByRole('blockquote')).toHaveCount(0);
  const links = box.getByRole('link', { name: / — see the conflict$/ });
  await expect(links.first()).toBeVisible();
  // The last one is past the three conflicts the Sources page shows at first.
  const link = links.last();
  const name = (await link.textContent())?.replace(/ — see the conflict$/, '') ?? '';
  await link.click();

  await expect(page).toHaveURL(/\/sources\/\?year=2024#conflict-/);
  const conflict = page
    .getByRole('list', { name: 'Conflicts between sources' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(conflict).toBeInViewport();
  await expect(
    conflict.getByRole('list', { name: 'Claims' }).getByRole('blockquote').first(),
  ).toBeVisible();
  await expect(page.getByText(/^Showing: /)).toContainText('2024');
  // The list opened past its first page of three to show it.
  const shown = await page.getByText(/^Showing \d+ of \d+ conflicts$/).textContent();
  expect(Number(shown?.match(/\d+/)?.[0])).toBeGreaterThan(3);
  await done();
});

test('an address naming a conflict far down the list lands on it', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/sources/#conflict-media-law-entry-into-force');
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
  const conflict = page.locator('#conflict-media-law-entry-into-force');
  await expect(
    conflict.getByRole('heading', { name: 'Entry into force of the 2024 media law' }),
  ).toBeVisible();
  await expect(conflict).toBeInViewport();
  await done();
});
