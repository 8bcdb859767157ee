import { expect, test, type Page } from '@playwright/test';
import { dataset, guardPage } from './support';
import { MARKER } from '../../src/boot/page-markers';

// The day the issue "Reform tracking that is true today" was checked against; the page's clock is
// pinned to it so the flags and terms read as they did then, whatever day the test runs.
const TODAY = new Date('2026-12-06T12:00:00Z');

const commitments = (page: Page) => page.getByRole('region', { name: 'Reform commitments' });
const table = (page: Page) => commitments(page).getByRole('table', { name: /^Reform commitments/ });
const row = (page: Page, title: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('the commitments table says what happened to each reform, as of today', async ({ page }) => {
  const done = await guardPage(page);
  await page.clock.setFixedTime(TODAY);
  await page.goto('/commitments/');
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');

  const abolition = row(page, 'Abolition of the death penalty');
  await expect(abolition).toContainText('Abolition in force');
  await expect(abolition).toContainText('(complete)');
  await expect(abolition).toContainText('8 June 2022');
  await expect(row(page, '2022 constitutional referendum')).toContainText('In effect');
  await expect(row(page, 'Commissioner for Human Rights (Ombudsperson)')).toContainText(
    'Operating',
  );

  // No complete reform carries the quiet flag.
  const complete = table(page).getByRole('row').filter({ hasText: '(complete)' });
  await expect(complete).not.toHaveCount(0);
  await expect(complete.filter({ hasText: 'No new evidence for 12 months' })).toHaveCount(0);
  await expect(table(page)).not.toContainText('Stalled');

  // Practice says whose word it is, and says when only the government has spoken.
  const violence = row(page, 'Law toughening penalties for domestic violence');
  await expect(violence).toContainText('Applied with shortfalls');
  await expect(violence).toContainText('Independent (NGO, media, academic)');
  const assets = row(page, 'Recovery of illegally acquired assets');
  await expect(assets).toContainText('Government-reported');
  await expect(assets).toContainText('No assessment from outside the Kazakh government recorded');
  await expect(row(page, 'Anti-corruption policy Concept 2022–2026')).toContainText(
    'Term 2022–2026, running',
  );

  // The evidence is one click away: the act that set completion, its quote and whose word it is.
  await abolition.getByRole('link', { name: 'Abolition of the death penalty' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abolition of the death penalty' });
  await expect(dialog.getByText(/^Abolition in force, reached on 8 June 2022 by:/)).toBeVisible();
  await expect(
    dialog.getByText(/Whose word: Kazakh government\. Complete for an abolition\./),
  ).toBeVisible();
  await expect(
    dialog
      .getByText(/The constitutional amendments take effect on the day the referendum results/)
      .first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/open=commitment:death-penalty-abolition/);
  await done();
});

test('the same table as it stood on 1 March 2022, before abolition took effect', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/commitments/?asof=2022-03-01');
  const abolition = row(page, 'Abolition of the death penalty');
  await expect(abolition).toContainText('Abolished in law');
  await expect(abolition).not.toContainText('(complete)');
  await expect(abolition).toContainText('29 December 2021');
});

test('a reversal recorded in one’s own dataset shows on top of completion', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/commitments/');
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  const own = structuredClone(dataset) as unknown as {
    commitments: { id: string; events: Record<string, unknown>[] }[];
  };
  const law = own.commitments.find((c) => c.id === 'domestic-violence-law');
  const evidence = (law?.events[0] as { evidence: unknown } | undefined)?.evidence;
  law?.events.push({
    id: 'test-only-reversal',
    date: { value: '2026-11-01', precision: 'day', uncertain: false },
    type: 'reversed',
    text: 'A test record: a later act narrows the law.',
    voice: 'kazakh-government',
    extent: 'narrows',
    evidence,
  });
  await page.getByTestId('dataset-file-input').setInputFiles({
    name: 'with-a-reversal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await expect(page.getByTestId('dataset-indicator')).toContainText('with-a-reversal.json');

  const violence = row(page, 'Law toughening penalties for domestic violence');
  await expect(violence).toContainText('In force, partly reversed');
  await violence
    .getByRole('link', { name: 'Law toughening penalties for domestic violence' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Law toughening penalties for domestic violence',
  });
  await expect(
    dialog.getByText(
      'Partly reversed on 1 November 2026: A test record: a later act narrows the law. Whose word: Kazakh government.',
    ),
  ).toBeVisible();
  await expect(dialog.getByText('This event set the reversal')).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`a commitment's drawer opens with its status, the quote that set it and whose word it is (${viewport.width} px)`, async ({
    page,
  }) => {
    const done = await guardPage(page);
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize(viewport);
    await page.goto('/commitments/?open=commitment:domestic-violence-law');
    const dialog = page.getByRole('dialog', {
      name: 'Law toughening penalties for domestic violence',
    });
    await expect(dialog.getByRole('heading', { name: 'Completion' })).toBeInViewport();
    await expect(dialog.getByText(/, reached on .* Whose word: /)).toBeInViewport();
    await expect(dialog.locator('blockquote').first()).toBeInViewport();
    await done();
  });
}
