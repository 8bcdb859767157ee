import { expect, test } from '@playwright/test';
import { idOptionValue } from '../../src/lib/option-value';
import { isolate } from '../../src/lib/isolate';
import { dataset, guardPage } from './support';

const label = (id: string) => dataset.topics.find((topic) => topic.id === id)?.label ?? id;
const round = (n: number) =>
  dataset.meetings.find((m) => m.dialogue === 'us-kz-hld' && m.round === n);

test('which topics the US raised in 2024 that the Kazakh readout did not mention, with quotes', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/readouts/?year=2024');
  const r3 = round(3);
  const sides = (readout: string) =>
    new Set(r3?.topics.filter((t) => t.raisedIn === readout).map((t) => t.topic));
  const us = sides('us-statement');
  const kz = sides('kazakh-readout');
  const usOnly = [...us].filter((topic) => !kz.has(topic));
  expect(usOnly.length).toBeGreaterThan(0);

  const section = page.getByRole('region', { name: 'Who said what' });
  await expect(section.getByLabel('Meeting to compare')).toHaveValue(
    idOptionValue('us-kz-2024-r3'),
  );
  const summary = section.getByRole('term').filter({ hasText: 'Only the US side raised' });
  await expect(summary).toHaveText(`Only the US side raised (${usOnly.length})`);
  for (const topic of usOnly) {
    await expect(
      section
        .getByRole('definition')
        .filter({ hasText: label(topic) })
        .first(),
    ).toBeVisible();
    const quote =
      r3?.topics.find((t) => t.topic === topic && t.raisedIn === 'us-statement')?.evidence[0]
        ?.quote ?? '';
    await expect(section.getByText(quote, { exact: false }).first()).toBeVisible();
  }

  // The view is a link: the same URL shows the same comparison.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(
    other
      .getByRole('region', { name: 'Who said what' })
      .getByRole('term')
      .filter({ hasText: 'Only the US side raised' }),
  ).toHaveText(`Only the US side raised (${usOnly.length})`);
  await other.close();
  await done();
});

test('what changed between rounds 2 and 3, reachable from the timeline and linkable', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/meetings/');
  await page
    .getByRole('list', { name: 'Meetings in date order' })
    .getByRole('button', {
      name: `What changed since the last round: ${isolate('US–Kazakhstan round 3')}`,
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'US–Kazakhstan round 3 vs US–Kazakhstan round 2',
  });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/open=changes:us-kz-2024-r3/);

  const before = new Set(round(2)?.topics.map((t) => t.topic));
  const added = [...new Set(round(3)?.topics.map((t) => t.topic))].filter(
    (topic) => !before.has(topic),
  );
  expect(added.length).toBeGreaterThan(0);
  for (const topic of added)
    await expect(
      dialog.getByRole('link', { name: label(topic), exact: true }).first(),
    ).toBeVisible();

  const between = dataset.commitments
    .flatMap((c) => c.events)
    .filter((e) => e.date.value > '2023-01-24' && e.date.value <= '2024-05-20');
  expect(between.length).toBeGreaterThan(0);
  await expect(
    dialog.getByText(between[0]?.evidence[0]?.quote ?? '', { exact: false }).first(),
  ).toBeVisible();

  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(
    other.getByRole('dialog', { name: 'US–Kazakhstan round 3 vs US–Kazakhstan round 2' }),
  ).toBeVisible();
  await other.close();
  await done();
});

test('the view as of round 2: which commitments were complete then, and round 3 only as agreed', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/commitments/');
  await page
    .getByLabel('As of', { exact: true })
    .selectOption({ label: `${isolate('US–Kazakhstan round 2')} (24 January 2023)` });
  await expect(page).toHaveURL(/asof=2023-01-24/);
  await expect(page.getByText('Showing: As of 24 January 2023')).toBeVisible();

  const known = dataset.commitments.filter((c) =>
    c.events.some((e) => e.date.value.slice(0, 10) <= '2023-01-24'),
  );
  const commitments = page.getByRole('region', { name: 'Reform commitments' });
  await expect(
    commitments.getByText(`All ${known.length} commitments`, { exact: true }),
  ).toBeVisible();
  // The domestic-violence law was signed in 2024: not in the view of January 2023.
  await expect(
    commitments.getByRole('link', { name: 'Law toughening penalties for domestic violence' }),
  ).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await expect(page).toHaveURL(/\/meetings\/\?asof=2023-01-24$/);
  const list = page.getByRole('list', { name: 'Meetings in date order' });
  const r3 = list.getByRole('listitem').filter({ hasText: 'US–Kazakhstan round 3' });
  await expect(r3).toContainText('Planned');
  await expect(r3).toContainText('2024');
  await expect(r3).not.toContainText('20 May 2024');

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Commitments' })
    .click();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/commitments\/$/);
  await expect(
    commitments.getByText(`All ${dataset.commitments.length} commitments`, { exact: true }),
  ).toBeVisible();
  await done();
});

test('quiet commitments are flagged with the rule explained', async ({ page }) => {
  await page.goto('/commitments/?asof=2025-12-31');
  const commitments = page.getByRole('region', { name: 'Reform commitments' });
  await commitments
    .getByText(
      /^Flags as of 31 December 2025: \d+ with no new evidence for 12 months · \d+ overdue$/,
    )
    .click();
  await expect(
    commitments.getByText(/^No new evidence for 12 months: the commitment is not complete/),
  ).toBeVisible();
  const figure = page.getByRole('figure', { name: 'Commitments by status' });
  await expect(figure).toHaveAccessibleDescription(
    /Flags as of 31 December 2025: \d+ with no new evidence for 12 months, \d+ overdue\./,
  );
});

test('comparing the dialogues marks thin data and can keep to shared years', async ({ page }) => {
  await page.goto('/topics/');
  const section = page.getByRole('region', { name: 'Compare the dialogues' });
  await expect(section.getByText(/Data is thin/).first()).toBeVisible();
  await section.getByLabel('Only years both dialogues cover').check();
  await expect(page).toHaveURL(/shared=true/);
  await expect(page.getByRole('figure', { name: 'Topic profiles by dialogue' })).toBeVisible();
});

test('the dataset changelog lists the versions', async ({ page }) => {
  await page.goto('/sources/');
  const section = page.getByRole('region', { name: 'Dataset changelog' });
  await expect(section.getByRole('list', { name: 'Dataset versions, newest first' })).toContainText(
    dataset.meta.version,
  );
});
