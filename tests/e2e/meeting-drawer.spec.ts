import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { dataset, guardPage, pinToday } from './support';

type Located = { location: { city: string | null; country: string | null } };

const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
const roundOf = (round: number) =>
  dataset.meetings.find((meeting) => meeting.dialogue === primary?.id && meeting.round === round);
const round2 = roundOf(2);
const round3 = roundOf(3);
const ROUND_3 = `${primary?.shortName} round 3`;
const ROUND_2 = `${primary?.shortName} round 2`;
const coChairNames = (round3?.coChairs ?? []).map(
  (chair) => dataset.people.find((person) => person.id === chair.person)?.name ?? '',
);
const agreedNext = round3?.outcomes.find((outcome) => outcome.kind === 'next-meeting-agreed');
const place = (round3 as unknown as Located | undefined)?.location;
const date = new Date(`${round3?.date.value}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const topicLabel = (id: string) => dataset.topics.find((topic) => topic.id === id)?.label ?? id;
const topicsOf = (meeting: typeof round3) => new Set(meeting?.topics.map((raised) => raised.topic));
const newAtRound3 = [...topicsOf(round3)].filter((topic) => !topicsOf(round2).has(topic));

test.beforeAll(() => {
  // The facts the tests look for, read from the data: a change there should fail here loudly.
  expect(coChairNames).toHaveLength(2);
  expect(coChairNames.every(Boolean)).toBe(true);
  expect(agreedNext?.text).toBeTruthy();
  expect(place?.city).toBeTruthy();
  expect(newAtRound3.length).toBeGreaterThan(0);
});

/** Fails unless the whole of `locator` lies inside the viewport, without scrolling. */
async function expectOnFirstScreen(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'laid out').not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`round 3 from the Overview's rounds answers who, when, where and what next on the first screen at ${viewport.width}×${viewport.height}; "what changed" names the topics first`, async ({
    page,
  }) => {
    const done = await guardPage(page);
    await pinToday(page);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute('data-app-ready', '');

    await page
      .getByRole('region', { name: /^Rounds of the/ })
      .getByRole('link', { name: 'Round 3' })
      .click();
    const dialog = page.getByRole('dialog', { name: ROUND_3 });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`open=meeting:${round3?.id}`));

    const facts = dialog.getByRole('group', { name: 'Key facts' });
    await expect(facts).toBeVisible();
    for (const name of coChairNames) await expectOnFirstScreen(page, facts.getByText(name));
    await expectOnFirstScreen(page, facts.getByText(date, { exact: true }));
    await expectOnFirstScreen(page, facts.getByText(place?.city ?? '', { exact: true }));
    await expectOnFirstScreen(page, facts.getByText(agreedNext?.text ?? ''));
    // The quotes come after the answers.
    const firstQuote = dialog.locator('blockquote').first();
    const factsBox = await facts.boundingBox();
    const quoteBox = await firstQuote.boundingBox();
    expect(quoteBox?.y ?? 0).toBeGreaterThan((factsBox?.y ?? 0) + (factsBox?.height ?? 0));
    expect(await axeViolations(page)).toEqual([]);

    // A fact's quotes are one click away, brought clear of the drawer's sticky header.
    await facts.getByRole('link', { name: /quotes on the co-chairs$/ }).click();
    const coChairs = dialog.getByRole('heading', { name: 'Co-chairs' });
    await expectOnFirstScreen(page, coChairs);
    const header = await dialog.locator('header').boundingBox();
    expect((await coChairs.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(
      (header?.y ?? 0) + (header?.height ?? 0),
    );
    await expect(page).toHaveURL(new RegExp(`open=meeting:${round3?.id}$`));

    await facts.getByRole('link', { name: 'Changes since the last round' }).click();
    const changes = page.getByRole('dialog', { name: `${ROUND_3} vs ${ROUND_2}` });
    await expect(changes).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`open=changes:${round3?.id}`));
    const quote = await changes.locator('blockquote').first().boundingBox();
    expect(quote).not.toBeNull();
    for (const topic of newAtRound3) {
      const name = changes.getByRole('link', { name: topicLabel(topic), exact: true }).first();
      const box = await name.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(quote?.y ?? 0);
    }
    await expectOnFirstScreen(
      page,
      changes.getByRole('link', { name: topicLabel(newAtRound3[0] ?? ''), exact: true }).first(),
    );
    expect(await axeViolations(page)).toEqual([]);
    await done();
  });
}

test('records named in the meeting and changes drawers are real links, and a plain click opens them in place', async ({
  page,
}) => {
  const done = await guardPage(page);
  await pinToday(page);
  await page.goto(`/?open=meeting:${round3?.id}`);
  const meeting = page.getByRole('dialog', { name: ROUND_3 });
  // The date is said once, in the key facts; the Date section holds the quotes that give it.
  const facts = meeting.getByRole('group', { name: 'Key facts' });
  await expect(facts.getByText(date, { exact: true })).toBeVisible();
  await expect(meeting.getByText(date, { exact: true })).toHaveCount(1);
  await expect(
    meeting.getByRole('group', { name: 'Date' }).locator('blockquote').first(),
  ).toBeAttached();

  const agreed = meeting
    .getByRole('group', { name: 'Outcomes' })
    .getByRole('link', { name: 'Open the agreed meeting' });
  await expect(agreed).toHaveAttribute('href', /[?&]open=meeting:/);

  await facts.getByRole('link', { name: 'Changes since the last round' }).click();
  const changes = page.getByRole('dialog', { name: `${ROUND_3} vs ${ROUND_2}` });
  const statuses = changes.getByRole('group', { name: /^Commitments whose status changed/ });
  const first = statuses.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /[?&]open=commitment:/);
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await expect(page).toHaveURL(/[?&]open=commitment:/);
  await done();
});
