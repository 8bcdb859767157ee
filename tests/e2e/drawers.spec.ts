import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { reviewsDataset } from './review-records';
import { DATASET_PATH, drawAllCharts, guardPage, pinToday } from './support';
import { MARKER, rootWith } from '../../src/boot/page-markers';

type Quote = { source: string; quote: string };
type Drawers = {
  sources: { id: string; title: string; language: string }[];
  topics: { id: string; label: string }[];
  meetings: { id: string; date: { evidence: Quote[] } }[];
  commitments: { id: string; title: string; events: { id: string; evidence: Quote[] }[] }[];
};
const data = JSON.parse(readFileSync(`public${DATASET_PATH}`, 'utf8')) as Drawers;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the dataset has no ${what}`);
  return value;
}
const languageOf = (quote: Quote) =>
  required(
    data.sources.find((source) => source.id === quote.source),
    `source ${quote.source}`,
  ).language;
const byId = <T extends { id: string }>(records: T[], id: string) =>
  required(
    records.find((record) => record.id === id),
    id,
  );

const DIALOG = 'dialog[open]';
const dialog = (page: Page) => page.locator(DIALOG);

/** Opens a drawer by its URL, as a shared link does, with today pinned, once the app is live. */
async function openDrawer(page: Page, url: string): Promise<void> {
  await pinToday(page);
  await page.goto(url);
  await expect(page.locator(rootWith(MARKER.appReady))).toBeAttached();
  await expect(dialog(page)).toBeVisible();
}

const commitment = byId(data.commitments, 'domestic-violence-law');
const topic = byId(data.topics, 'disability-rights');
const source = byId(data.sources, 'tdi-2024-05-21');
const review = required(
  reviewsDataset.reviews.find((entry) => entry.value !== null),
  'review with a value',
);
const DRAWERS = [
  {
    kind: 'meeting',
    url: '/meetings/?open=meeting:us-kz-2024-r3',
    heading: 'US–Kazakhstan round 3',
  },
  {
    kind: 'commitment',
    url: `/commitments/?open=commitment:${commitment.id}`,
    heading: commitment.title,
  },
  { kind: 'topic', url: `/topics/?open=topic:${topic.id}`, heading: topic.label },
  { kind: 'source', url: `/sources/?open=source:${source.id}`, heading: source.title },
  {
    kind: 'changes',
    url: '/?open=changes:us-kz-2024-r3',
    heading: 'US–Kazakhstan round 3 vs US–Kazakhstan round 2',
  },
  { kind: 'review', url: `/commitments/?open=review:${review.id}`, heading: review.edition },
] as const;

for (const drawer of DRAWERS) {
  test(`the ${drawer.kind} drawer opened by its URL has its heading, a link to copy and no axe violations`, async ({
    page,
    context,
  }) => {
    const checkPage = await guardPage(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDrawer(page, drawer.url);
    await expect(
      dialog(page).getByRole('heading', { level: 2, name: drawer.heading, exact: true }),
    ).toBeVisible();

    await dialog(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog(page).getByRole('status').first()).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await drawAllCharts(page, { withTables: true, within: dialog(page) });
    expect(await axeViolations(page, DIALOG)).toEqual([]);
    await checkPage();
  });
}

test('a quote in another language is named, marked with its language and follows the English one', async ({
  page,
}) => {
  // The EU's 15th round: its date is quoted from an Arabic report first, then an English one.
  const meeting = byId(data.meetings, 'eu-kz-2024-r15');
  const [arabic, english] = meeting.date.evidence;
  expect([arabic, english].map((quote) => quote && languageOf(quote))).toEqual(['ar', 'en']);

  await openDrawer(page, `/meetings/?open=meeting:${meeting.id}`);
  const quotes = dialog(page).getByRole('group', { name: 'Date' }).getByRole('listitem');
  await expect(quotes).toHaveCount(2);
  await expect(quotes.nth(0)).toContainText(english!.quote);
  await expect(quotes.nth(0).locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(quotes.nth(1)).toContainText(arabic!.quote);
  await expect(quotes.nth(1).locator('blockquote')).toHaveAttribute('lang', 'ar');
  await expect(quotes.nth(1).getByText('Arabic', { exact: true })).toBeVisible();
  await expect(quotes.nth(0).getByText('Arabic', { exact: true })).toHaveCount(0);
});

test('a fact with more than two quotes shows two and the rest on request', async ({ page }) => {
  // Human Rights Watch on the 2026 constitution, quoted six times (three in English).
  const event = byId(byId(data.commitments, 'constitution-2026').events, 'constitution-2026-hrw');
  expect(event.evidence.length).toBeGreaterThan(2);
  const englishFirst = [
    ...event.evidence.filter((quote) => languageOf(quote) === 'en'),
    ...event.evidence.filter((quote) => languageOf(quote) !== 'en'),
  ];
  const [first, second, ...hidden] = englishFirst;
  const last = required(hidden.at(-1), 'hidden quote');

  await openDrawer(page, '/commitments/?open=commitment:constitution-2026');
  const more = dialog(page).locator('details', { hasText: last.quote }).first();
  await expect(more.locator('summary')).toHaveText(`Show ${hidden.length} more quotes`);
  await expect(more.getByText(last.quote)).toBeHidden();
  const shown = more.locator('xpath=preceding-sibling::ul[1]').getByRole('listitem');
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(0)).toContainText(first!.quote);
  await expect(shown.nth(1)).toContainText(second!.quote);

  await more.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(more.getByText(last.quote)).toBeVisible();
});

test('a contents link moves focus to its section and keeps the drawer and its address', async ({
  page,
}) => {
  await openDrawer(page, `/commitments/?open=commitment:${commitment.id}`);
  const url = page.url();
  const contents = dialog(page).getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Event history' }).click();
  const heading = dialog(page).getByRole('heading', { name: 'Event history', exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(page.url()).toBe(url);
  await expect(dialog(page)).toBeVisible();
});
