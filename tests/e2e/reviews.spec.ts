import { expect, test, type Page } from '@playwright/test';
import { reviewsDataset, showReviewsData } from './review-records';
import { guardPage, meetingCountsText, openTable, pinToday, showChart, TODAY } from './support';
import { MARKER } from '../../src/boot/page-markers';
import { isolate } from '../../src/lib/isolate';

/** Whose word, as the app words the schema's voices (the one piece of UI text the test restates). */
const VOICE: Record<string, string> = {
  'kazakh-government': 'Kazakh government',
  'us-government': 'US government',
  eu: 'European Union',
  'un-or-intergovernmental': 'UN or intergovernmental body',
  independent: 'Independent (NGO, media, academic)',
  court: 'Court',
};

const { reviewSeries, reviews, contacts } = reviewsDataset;
const editionsOf = (seriesId: string) =>
  reviews
    .filter((review) => review.series === seriesId)
    .toSorted((a, b) => (a.date.value < b.date.value ? -1 : 1));
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the dataset has no ${what}`);
  return value;
}
// The first score series with a value: the chart the journeys read.
const score = required(
  reviewSeries.find(
    (series) =>
      series.measure === 'score' && editionsOf(series.id).some((review) => review.value !== null),
  ),
  'score series with a value',
);
const scoreEditions = editionsOf(score.id);
const latest = required(scoreEditions.at(-1), 'edition of the score series');
const contact = required(
  contacts.find((entry) => entry.humanRights.length > 0),
  'contact with a human-rights entry',
);

const reviewsPanel = (page: Page) => page.getByRole('region', { name: 'Reviews and ratings' });
const scoreFigure = (page: Page) =>
  reviewsPanel(page)
    .getByRole('figure')
    .filter({ hasText: `${score.name}, by ${score.publisher}; whose word:` });

test.beforeEach(async ({ page }) => {
  await pinToday(page);
});

test('the reviews panel charts a score series with a mark per edition, and its table lists them', async ({
  page,
}) => {
  const done = await guardPage(page);
  await showReviewsData(page);
  const figure = scoreFigure(page);
  await expect(figure).toHaveCount(1);
  await expect(figure).toContainText(VOICE[score.voice] ?? score.voice);
  await expect(figure).toContainText(`Scale: ${isolate(score.scale)}.`);

  await showChart(page, figure);
  const valued = scoreEditions.filter((review) => review.value !== null);
  await expect(figure.locator('.recharts-scatter-symbol')).toHaveCount(valued.length);
  for (const review of valued)
    await expect(figure.locator(`[${MARKER.chartBody}] svg`)).toContainText(String(review.value));

  await openTable(figure);
  const rows = figure.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(scoreEditions.length + 1);
  for (const [index, review] of scoreEditions.entries()) {
    await expect(rows.nth(index + 1)).toContainText(review.edition);
    await expect(rows.nth(index + 1)).toContainText(review.label);
  }
  await done();
});

test('a review opens its detail from the table, Escape closes it, and a shared URL restores it', async ({
  page,
  context,
}) => {
  const done = await guardPage(page);
  await showReviewsData(page);
  const figure = scoreFigure(page);
  await figure.scrollIntoViewIfNeeded();
  await openTable(figure);
  await figure.getByRole('table').getByRole('button', { name: latest.edition }).click();

  const dialog = page.getByRole('dialog', { name: latest.edition });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]open=review(:|%3A)${latest.id}$`));
  await expect(dialog.getByText(latest.label, { exact: true }).first()).toBeVisible();
  await expect(dialog.getByText(VOICE[score.voice] ?? score.voice)).toBeVisible();
  await expect(dialog.getByText(score.scale)).toBeVisible();
  // A fact's quotes past the second wait behind "Show N more quotes"; opened, every one shows.
  const more = dialog.getByText(/^Show \d+ more quotes?$/);
  for (const disclosure of await more.all()) await disclosure.click();
  for (const item of latest.evidence)
    await expect(dialog.getByText(`“${item.quote}”`).first()).toBeVisible();
  const shared = page.url();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/open=/);

  const other = await context.newPage();
  await pinToday(other);
  await other.goto(shared);
  await expect(other.getByRole('dialog', { name: latest.edition })).toBeVisible();
  await done();
});

test('a contact shows its human-rights entries with whose word each is, and is not a dialogue round', async ({
  page,
}) => {
  const done = await guardPage(page);
  await showReviewsData(page, '/');
  // Contacts are not meetings: the overview's counts and the timeline's table do not include them.
  await expect(
    page.getByRole('region', { name: 'The record in numbers' }).getByText(meetingCountsText(TODAY)),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  const timeline = page.getByRole('figure', { name: 'Timeline of meetings and reform milestones' });
  await openTable(timeline);
  await expect(timeline.getByRole('table')).not.toContainText(contact.name);

  const list = page.getByRole('list', { name: 'High-level contacts in date order' });
  await list.getByRole('button', { name: contact.name }).click();
  const dialog = page.getByRole('dialog', { name: contact.name });
  await expect(dialog.getByText('High-level contact, not a dialogue round')).toBeVisible();
  const rights = dialog.getByRole('group', { name: 'Human rights on the agenda' });
  for (const entry of contact.humanRights) {
    await expect(rights.getByText(entry.text)).toBeVisible();
    await expect(rights.getByText(VOICE[entry.voice] ?? entry.voice).first()).toBeVisible();
    for (const item of entry.evidence)
      await expect(rights.getByText(`“${item.quote}”`).first()).toBeVisible();
  }
  for (const gap of contact.gaps) await expect(dialog.getByText(gap)).toBeVisible();
  await done();
});

test('viewed as of the day before an edition, the panel leaves that edition out', async ({
  page,
}) => {
  expect(scoreEditions.length).toBeGreaterThan(1);
  const start = `${latest.date.value}-01-01`.slice(0, 10);
  const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString();
  await showReviewsData(page, `/commitments/?asof=${dayBefore.slice(0, 10)}`);
  const figure = scoreFigure(page);
  await figure.scrollIntoViewIfNeeded();
  await openTable(figure);
  await expect(figure.getByRole('table').getByRole('row')).toHaveCount(scoreEditions.length);
  await expect(figure.getByRole('table')).not.toContainText(latest.edition);
});
