import { expect, test, type Page } from '@playwright/test';
import {
  dataset,
  guardPage,
  meetingCountsText,
  openTable,
  pinToday,
  showChart,
  standingOn,
  TODAY,
  waitForLayout,
} from './support';
import { MARKER } from '../../src/boot/page-markers';
import { isolate } from '../../src/lib/isolate';

const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
const round4 = dataset.meetings.find((m) => m.dialogue === primary?.id && m.round === 4);
const agreedAt = dataset.meetings.find((m) =>
  m.outcomes.some((o) => o.kind === 'next-meeting-agreed' && o.meeting === round4?.id),
);
const agreement = agreedAt?.outcomes.find((o) => o.meeting === round4?.id);
const ROUND_4 = `${primary?.shortName} round 4`;
/** A day within round 4's agreed year, and so before its period ended. */
const WITHIN_2025 = '2025-06-01';

function meetingList(page: Page) {
  return page.getByRole('list', { name: 'Meetings in date order' });
}

function roundsRow(page: Page) {
  return page
    .getByRole('table', { name: `Meetings of the ${isolate(primary?.name ?? '')}, oldest first` })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Round 4', exact: true }) });
}

test.beforeAll(() => {
  // The journey is about the bundled round 4: agreed at round 3 for 2025, with no record of it.
  if (!round4) throw new Error('The bundled dataset has no round 4 of the primary dialogue.');
  expect(round4.date.value).toBe('2025');
  expect(standingOn(round4, TODAY)).toBe('not confirmed');
  expect(standingOn(round4, WITHIN_2025)).toBe('planned');
  expect(agreement?.evidence[0]?.quote).toBeTruthy();
});

test('round 4 reads "Not confirmed" today, with the rule and the agreement; as of June 2025 it reads "Planned"', async ({
  page,
}) => {
  const done = await guardPage(page);
  await pinToday(page);
  await page.goto('/');
  await waitForLayout(page);

  const overview = page.getByRole('region', { name: 'The record in numbers' });
  await expect(
    overview.getByRole('definition').filter({ hasText: meetingCountsText(TODAY) }),
  ).toBeVisible();
  await expect(roundsRow(page)).toContainText('Not confirmed');
  await expect(roundsRow(page)).toContainText('agreed for 2025, no record found');
  // What the last round agreed says so too.
  await expect(page.getByRole('region', { name: /^What .* round 3 discussed$/ })).toContainText(
    'agreed for 2025, no record found',
  );

  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Meetings' })
    .click();

  const item = meetingList(page).getByRole('listitem').filter({ hasText: ROUND_4 });
  await expect(item).toContainText('Not confirmed');
  await expect(item).toContainText('agreed for 2025, no record found');

  const figure = page.getByRole('figure', { name: 'Timeline of meetings and reform milestones' });
  await showChart(page, figure);
  // Its own mark: the dashed ring with a question mark, one for the one meeting not confirmed.
  await expect(
    figure.locator(`[${MARKER.chartBody}] svg text`).filter({ hasText: '?' }),
  ).toHaveCount(1);
  await openTable(figure);
  await expect(
    figure.locator('details table').getByRole('row').filter({ hasText: ROUND_4 }),
  ).toContainText('Not confirmed');

  await item.getByRole('button', { name: ROUND_4, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: ROUND_4 });
  await expect(page).toHaveURL(/open=meeting:us-kz-2025-r4/);
  const note = dialog.getByRole('note', { name: 'Not confirmed' });
  await expect(note).toContainText(
    'Agreed for 2025 (at round 3, 20 May 2024); no record that it took place has been found by 6 December 2026.',
  );
  await expect(note).toContainText('Rule: A planned meeting is "not confirmed" once the period');
  await expect(note.getByText(agreement?.evidence[0]?.quote ?? '', { exact: false })).toBeVisible();

  await page.goto(`/meetings/?asof=${WITHIN_2025}&open=meeting:${round4?.id}`);
  const asOf = page.getByRole('dialog', { name: ROUND_4 });
  await expect(
    asOf.getByRole('group', { name: 'Key facts' }).getByRole('definition').first(),
  ).toContainText('Planned');
  await expect(asOf.getByRole('note')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`\\?asof=${WITHIN_2025}$`));
  const asOfItem = meetingList(page).getByRole('listitem').filter({ hasText: ROUND_4 });
  await expect(asOfItem).toContainText('Planned');
  await expect(asOfItem).not.toContainText('Not confirmed');
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/\\?asof=${WITHIN_2025}$`));
  await expect(roundsRow(page)).toContainText('Planned');
  await done();
});

test('the changes at round 3 say the round it agreed for next is not confirmed', async ({
  page,
}) => {
  const done = await guardPage(page);
  await pinToday(page);
  await page.goto(`/?open=changes:${agreedAt?.id}`);
  const agreed = page.getByRole('dialog').getByRole('group', { name: 'Agreed for the next round' });
  await expect(agreed).toContainText(`${ROUND_4}:`);
  await expect(agreed).toContainText('Not confirmed');
  await expect(agreed).toContainText('agreed for 2025, no record found');
  await done();
});
