import { expect, test } from '@playwright/test';
import { isolate } from '../../src/lib/isolate';
import {
  dataset,
  DATASET_PATH,
  meetingCountsText,
  pinToday,
  standingOn,
  TODAY,
  watchCsp,
} from './support';

test('opens the built dashboard and shows the real counts of the bundled dataset', async ({
  page,
}) => {
  const cspViolations = await watchCsp(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const datasetRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(DATASET_PATH)) datasetRequests.push(request.url());
  });

  await pinToday(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'United States–Kazakhstan High-Level Dialogue',
  );
  await expect(page.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
  const overview = page.getByRole('region', { name: 'The record in numbers' });
  const cards = overview.getByRole('definition');
  await expect(cards.filter({ hasText: meetingCountsText(TODAY) })).toBeVisible();
  await expect(overview.getByRole('term')).toHaveText([
    'Meetings',
    'Topics',
    'Reform commitments',
    'Sources',
  ]);
  for (const count of [
    dataset.meetings.length,
    dataset.topics.length,
    dataset.commitments.length,
    dataset.sources.length,
  ]) {
    await expect(cards.getByText(String(count), { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByTestId('dataset-indicator')).toContainText(
    `version ${dataset.meta.version}`,
  );

  const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
  expect(primary).toBeDefined();
  const rounds = page.getByRole('table', {
    name: `Meetings of the ${isolate(primary?.name ?? '')}, oldest first`,
  });
  const expectedRows = dataset.meetings.filter(
    (meeting) => meeting.dialogue === primary?.id,
  ).length;
  await expect(rounds.getByRole('row')).toHaveCount(expectedRows + 1);
  await expect(rounds.getByRole('row').nth(1)).toContainText('Nur-Sultan');
  // Who led each round: both co-chairs by name, as the sources name them.
  const people = new Map(dataset.people.map((person) => [person.id, person.name]));
  const byDate = dataset.meetings
    .filter((meeting) => meeting.dialogue === primary?.id)
    .toSorted((a, b) => a.date.value.localeCompare(b.date.value));
  for (const [index, meeting] of byDate.entries()) {
    for (const chair of meeting.coChairs)
      await expect(rounds.getByRole('row').nth(index + 1)).toContainText(
        people.get(chair.person) ?? chair.person,
      );
  }
  expect(byDate.filter((meeting) => meeting.coChairs.length >= 2).length).toBeGreaterThan(0);
  // The round agreed for 2025 with no record of it reads "Not confirmed" by TODAY.
  const lapsed = dataset.meetings.filter(
    (meeting) => meeting.dialogue === primary?.id && standingOn(meeting, TODAY) === 'not confirmed',
  );
  expect(lapsed.length).toBeGreaterThan(0);
  await expect(rounds.getByText('Not confirmed')).toHaveCount(lapsed.length);

  // The preload in index.html is the one download of the dataset.
  expect(datasetRequests).toHaveLength(1);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(await cspViolations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the counts and the rounds table follow "View as of" and the filters, and a reload keeps them', async ({
  page,
}) => {
  const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
  const ofPrimary = dataset.meetings.filter((meeting) => meeting.dialogue === primary?.id);
  const rounds = page.getByRole('table', {
    name: `Meetings of the ${isolate(primary?.name ?? '')}, oldest first`,
  });
  const overview = page.getByRole('region', { name: 'The record in numbers' });
  const roundsRegion = page.getByRole('region', { name: /^Rounds of the/ });

  // As of the second round's day: the rounds held by then, then those they agreed to hold, as
  // planned; nothing held later reads "Held".
  const asOf = '2023-01-24';
  const heldBy = ofPrimary.filter(
    (meeting) => meeting.status === 'held' && meeting.date.value <= asOf,
  );
  const agreed = new Set(
    heldBy.flatMap((meeting) =>
      meeting.outcomes.flatMap((outcome) =>
        outcome.kind === 'next-meeting-agreed' && outcome.meeting ? [outcome.meeting] : [],
      ),
    ),
  );
  const agreedLater = ofPrimary.filter(
    (meeting) => agreed.has(meeting.id) && !heldBy.includes(meeting),
  );
  expect(heldBy.length).toBeGreaterThan(0);
  await pinToday(page);
  await page.goto(`/?asof=${asOf}`);
  await expect(rounds.getByRole('row')).toHaveCount(1 + heldBy.length + agreedLater.length);
  await expect(rounds.getByText('Held', { exact: true })).toHaveCount(heldBy.length);
  await expect(rounds.getByText('Planned', { exact: true })).toHaveCount(agreedLater.length);

  // A year: only that year's rounds and meetings, each said as a part of all.
  const year = 2024;
  await page.goto(`/?year=${year}`);
  const inYear = ofPrimary.filter((meeting) => meeting.date.value.startsWith(String(year)));
  const meetingsInYear = dataset.meetings.filter((meeting) =>
    meeting.date.value.startsWith(String(year)),
  );
  expect(inYear.length).toBeGreaterThan(0);
  expect(inYear.length).toBeLessThan(ofPrimary.length);
  const expectYearOnly = async () => {
    await expect(rounds.getByRole('row')).toHaveCount(1 + inYear.length);
    await expect(
      roundsRegion.getByText(`${inYear.length} of ${ofPrimary.length} rounds`),
    ).toBeVisible();
    await expect(
      overview.getByRole('definition').filter({ hasText: `of ${dataset.meetings.length}` }),
    ).toBeVisible();
    await expect(
      overview.getByRole('definition').getByText(String(meetingsInYear.length), { exact: true }),
    ).toBeVisible();
  };
  await expectYearOnly();
  await page.reload();
  await expectYearOnly();

  // Each round is a real link to its detail, filters kept; a click opens the detail in place.
  const round = inYear[0]!;
  const link = rounds.getByRole('link', { name: `Round ${round.round}` });
  await expect(link).toHaveAttribute('href', `/?year=${year}&open=meeting:${round.id}`);
  await link.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?year=${year}&open=meeting:${round.id}$`));
});

test('a malformed dataset shows each problem with its JSON path while the page keeps working', async ({
  page,
}) => {
  const broken = JSON.parse(JSON.stringify(dataset)) as { meetings: { date: { value: string } }[] };
  broken.meetings = broken.meetings.map((meeting, index) =>
    index === 0 ? { ...meeting, date: { ...meeting.date, value: '2024-02-30' } } : meeting,
  );
  await page.route(`**${DATASET_PATH}`, (route) => route.fulfill({ json: broken }));

  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText(
    'meetings[0].date.value: 2024-02-30 is not a calendar date (February 2024 has 29 days)',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeEnabled();
});
