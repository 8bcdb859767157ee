import { expect, test, type Page } from '@playwright/test';
import {
  chooseTopic,
  chooseYear,
  dataset,
  drawAllCharts,
  guardPage,
  showChart,
  yearOf,
} from './support';

const total = dataset.meetings.length;
const meetingsWith = (topic: string) =>
  dataset.meetings.filter((m) => m.topics.some((t) => t.topic === topic));
const topicLabel = (id: string) => dataset.topics.find((topic) => topic.id === id)?.label ?? id;

function timeline(page: Page) {
  return page.getByRole('region', { name: 'When the sides met' });
}

test('filtering by topic narrows the panels and writes a readable URL', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/meetings/');
  const expected = meetingsWith('disability-rights').length;
  expect(expected).toBeGreaterThan(0);

  await chooseTopic(page, topicLabel('disability-rights'));

  await expect(page).toHaveURL(/\/meetings\/\?topic=disability-rights$/);
  await expect(timeline(page).getByText(`${expected} of ${total} meetings`)).toBeVisible();
  // Another page keeps the filters.
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Commitments' })
    .click();
  await expect(page).toHaveURL(/\/commitments\/\?topic=disability-rights$/);
  const commitments = dataset.commitments.filter((c) =>
    c.topics.includes('disability-rights'),
  ).length;
  await expect(
    page
      .getByRole('region', { name: 'Reform commitments' })
      .getByText(`${commitments} of ${dataset.commitments.length} commitments`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(`Showing: Topic: ${topicLabel('disability-rights')}`)).toBeVisible();
  await done();
});

test('filtering by year, then combining with a topic', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/meetings/');
  const in2024 = dataset.meetings.filter((m) => yearOf(m.date.value) === 2024);

  await chooseYear(page, 2024);
  await expect(page).toHaveURL(/\?year=2024$/);
  await expect(timeline(page).getByText(`${in2024.length} of ${total} meetings`)).toBeVisible();

  await chooseTopic(page, topicLabel('trafficking-in-persons'));
  const both = in2024.filter((m) => m.topics.some((t) => t.topic === 'trafficking-in-persons'));
  await expect(page).toHaveURL(/\?topic=trafficking-in-persons&year=2024$/);
  await expect(timeline(page).getByText(`${both.length} of ${total} meetings`)).toBeVisible();
  await done();
});

test('the Topic menu stays open while a reader ticks and unticks topics, and every click counts', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/');
  await expect(page.locator('#root[data-app-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Topic', exact: true }).click();
  const menu = page.getByRole('group', { name: 'Topic' });
  const boxes = menu.getByRole('checkbox');
  // On, off, on, off… over three topics, each clicked where the pointer rests, as a person does:
  // a menu that moved or closed under the pointer would leave the URL unchanged.
  for (let index = 0; index < 6; index += 1) {
    const box = boxes.nth(Math.floor(index / 2));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await box.hover();
    const before = page.url();
    await page.mouse.down();
    await page.mouse.up();
    await expect(page).not.toHaveURL(before);
    await expect(menu).toBeVisible();
    await expect(box).toBeChecked({ checked: index % 2 === 0 });
  }
  await done();
});

test('opening a meeting shows its co-chairs, topics by side and the quotes with links', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/meetings/');
  const round3 = dataset.meetings.find((m) => m.dialogue === 'us-kz-hld' && m.round === 3);
  const raised = round3?.topics.find((t) => t.raisedIn === 'kazakh-readout');
  const source = dataset.sources.find((s) => s.id === raised?.evidence[0]?.source);
  expect(raised && source).toBeTruthy();

  await page
    .getByRole('list', { name: 'Meetings in date order' })
    .getByRole('button', { name: 'US–Kazakhstan round 3', exact: true })
    .click();

  const dialog = page.getByRole('dialog', { name: 'US–Kazakhstan round 3' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/open=meeting:us-kz-2024-r3/);
  await expect(dialog.getByRole('heading', { name: /^US statement/ })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Kazakh readout/ })).toBeVisible();
  await expect(
    dialog.getByText(raised?.evidence[0]?.quote ?? '', { exact: false }).first(),
  ).toBeVisible();
  await expect(
    dialog.getByRole('link', { name: new RegExp(source?.title.slice(0, 20) ?? '') }).first(),
  ).toHaveAttribute('href', source?.url ?? '');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/open=/);
  await done();
});

test('a shared URL reopens the same view, detail included', async ({ page, browser }) => {
  await page.goto('/meetings/');
  await chooseYear(page, 2024);
  await page
    .getByRole('list', { name: 'Meetings in date order' })
    .getByRole('button', { name: 'US–Kazakhstan round 3', exact: true })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const shared = page.url();

  const other = await browser.newPage();
  const done = await guardPage(other);
  await other.goto(shared);
  await expect(other.getByRole('dialog', { name: 'US–Kazakhstan round 3' })).toBeVisible();
  await other.keyboard.press('Escape');
  const in2024 = dataset.meetings.filter((m) => yearOf(m.date.value) === 2024).length;
  await expect(timeline(other).getByText(`${in2024} of ${total} meetings`)).toBeVisible();
  await expect(other.getByRole('button', { name: 'Year', exact: true })).toBeVisible();
  await done();
  await other.close();
});

test('Back undoes one filter change at a time', async ({ page }) => {
  await page.goto('/meetings/');
  await chooseTopic(page, topicLabel('anti-corruption'));
  await expect(page).toHaveURL(/\?topic=anti-corruption$/);
  await chooseYear(page, 2023);
  await expect(page).toHaveURL(/\?topic=anti-corruption&year=2023$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?topic=anti-corruption$/);
  await expect(
    timeline(page).getByText(`${meetingsWith('anti-corruption').length} of ${total} meetings`),
  ).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\/$/);
  await expect(timeline(page).getByText(`All ${total} meetings`)).toBeVisible();
});

test('search matches transliterations and resets', async ({ page }) => {
  await page.goto('/meetings/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Yerzhan');
  const chaired = dataset.meetings.filter(
    (m) => m.dialogue === 'us-kz-hld' && m.status === 'held',
  ).length;
  await expect(timeline(page).getByText(`${chaired} of ${total} meetings`)).toBeVisible();
  await expect(page).toHaveURL(/\?q=Yerzhan$/);
  // The results, grouped, say how the name matched.
  const results = page.getByRole('region', { name: 'Search results for “Yerzhan”' });
  await expect(results.getByRole('list', { name: 'Matching people' })).toContainText(
    'Erzhan Kazykhan',
  );
  await expect(results.getByRole('list', { name: 'Matching people' })).toContainText(
    'matched through the alias “Yerzhan Kazykhan”',
  );
  await expect(results.getByRole('heading', { name: `Meetings (${chaired})` })).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(timeline(page).getByText(`All ${total} meetings`)).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('every chart draws marks once the reader scrolls to it', async ({ page }) => {
  await page.goto('/meetings/');
  const timelineChart = page.getByRole('figure', {
    name: 'Timeline of meetings and reform milestones',
  });
  await showChart(page, timelineChart);
  await expect(timelineChart.locator('svg circle').first()).toBeVisible();
  let charts = await page.locator('figure[aria-labelledby]').count();
  await drawAllCharts(page);
  await page.goto('/topics/');
  const frequency = page.getByRole('figure', { name: 'How often each topic was raised' });
  await showChart(page, frequency);
  await expect(frequency.locator('.recharts-bar-rectangle').first()).toBeVisible();
  charts += await page.locator('figure[aria-labelledby]').count();
  await drawAllCharts(page);
  await page.goto('/commitments/');
  const status = page.getByRole('figure', { name: 'Commitments by status' });
  await showChart(page, status);
  await expect(
    status.locator('.recharts-bar-rectangle').filter({ visible: true }).first(),
  ).toBeVisible();
  charts += await page.locator('figure[aria-labelledby]').count();
  expect(charts).toBeGreaterThanOrEqual(6);
  await drawAllCharts(page);
});

test('the domestic-violence law: status, quote and link, from a link that reopens it', async ({
  page,
  browser,
}) => {
  const done = await guardPage(page);
  await page.goto('/commitments/');
  const law = dataset.commitments.find((c) => c.id === 'domestic-violence-law');
  const firstEvent = law?.events[0];
  const source = dataset.sources.find((s) => s.id === firstEvent?.evidence[0]?.source);

  await page
    .getByRole('region', { name: 'Reform commitments' })
    .getByRole('link', { name: law?.title ?? '' })
    .click();
  const dialog = page.getByRole('dialog', { name: law?.title ?? '' });
  await expect(dialog.getByRole('heading', { name: 'Completion' })).toBeVisible();
  await expect(
    dialog.getByText(firstEvent?.evidence[0]?.quote ?? '', { exact: false }).first(),
  ).toBeVisible();
  await expect(
    dialog.getByRole('link', { name: new RegExp(source?.title.slice(0, 20) ?? '') }).first(),
  ).toHaveAttribute('href', source?.url ?? '');

  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('dialog', { name: law?.title ?? '' })).toBeVisible();
  await other.close();
  await done();
});
