import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import {
  dataset,
  guardPage,
  pinToday,
  showChart,
  standingOn,
  TODAY,
  waitForLayout,
} from './support';

const PHONE = { width: 390, height: 844 };
const PAGES = ['/', '/meetings/', '/readouts/', '/topics/', '/commitments/', '/sources/'];

type Located = { location: { city: string | null; country: string | null; format: string } };
const primary = dataset.dialogues.find((dialogue) => dialogue.primary);
const rounds = dataset.meetings.filter((meeting) => meeting.dialogue === primary?.id);
const meetingById = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));

/**
 * "Next: Washington, 2025" for a held round whose record names the meeting it agreed, "Next: not
 * recorded" for one that agreed none; "" (nothing to check) for a round not held.
 */
function agreedNext(meeting: (typeof rounds)[number]): string {
  if (meeting.status !== 'held') return '';
  const outcome = meeting.outcomes.find((each) => each.kind === 'next-meeting-agreed');
  const agreed = outcome?.meeting ? meetingById.get(outcome.meeting) : undefined;
  if (!agreed) return 'Next: not recorded';
  const { city, country } = (agreed as unknown as Located).location;
  return `Next: ${city ?? country}, ${agreed.date.value.slice(0, 4)}`;
}

/** What each round's card must show: its status by the pinned today and what it agreed next. */
const expectedCards = rounds.map((meeting) => ({
  round: meeting.round,
  standing: standingOn(meeting, TODAY) === 'not confirmed' ? 'Not confirmed' : 'Held',
  next: agreedNext(meeting),
}));

/** What scrolls sideways that should not (the page) or cannot be reached by keyboard (a box). */
function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page is ${root.scrollWidth} px wide in ${root.clientWidth} px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const { overflowX } = getComputedStyle(element);
      const scrolls =
        (overflowX === 'auto' || overflowX === 'scroll') &&
        element.scrollWidth > element.clientWidth;
      if (scrolls && element.tabIndex < 0)
        found.push(`a box scrolls but cannot take focus: ${element.outerHTML.slice(0, 120)}`);
    }
    return found;
  });
}

async function openOnPhone(page: Page, path: string): Promise<void> {
  await pinToday(page);
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await waitForLayout(page);
}

/** Fails unless `inner` lies inside `outer` and inside the viewport's width. */
async function expectWithin(inner: Locator, outer: Locator, width: number): Promise<void> {
  const [box, frame] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(box && frame).toBeTruthy();
  if (!box || !frame) return;
  expect(box.x).toBeGreaterThanOrEqual(Math.max(0, frame.x));
  expect(box.x + box.width).toBeLessThanOrEqual(Math.min(width, frame.x + frame.width));
}

test('on a phone the Overview shows every round as a card, its status at the top, round 4 not confirmed, and what each round agreed next', async ({
  page,
}) => {
  const done = await guardPage(page);
  await openOnPhone(page, '/');
  const name = /^Meetings of the /;
  await expect(page.getByRole('table', { name })).toHaveCount(0);
  const cards = page.getByRole('list', { name }).getByRole('listitem');
  expect(rounds).toHaveLength(4);
  await expect(cards).toHaveCount(rounds.length);

  for (const { round, standing, next } of expectedCards) {
    const card = cards.filter({
      has: page.getByRole('link', { name: `Round ${round}`, exact: true }),
    });
    const badge = card.getByText(standing, { exact: true });
    await expect(badge).toBeVisible();
    await expectWithin(badge, card, PHONE.width);
    await expect(card).toContainText(next);
  }
  const round4 = cards.filter({ has: page.getByRole('link', { name: 'Round 4', exact: true }) });
  await expect(round4.getByText('Not confirmed', { exact: true })).toBeVisible();
  // Round 3 agreed round 4: Washington, 2025.
  await expect(
    cards.filter({ has: page.getByRole('link', { name: 'Round 3', exact: true }) }),
  ).toContainText('Next: Washington, 2025');
  await done();
});

/** Fails unless `target` lies wholly between `top` (the sticky bars' bottom) and the phone's fold. */
async function expectOnFirstScreen(target: Locator, top: number): Promise<void> {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.y).toBeGreaterThanOrEqual(top);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

for (const colorScheme of ['light', 'dark'] as const)
  test(`on a ${colorScheme} phone the Overview's first screen answers the four questions: the held rounds with both co-chairs, round 4 not confirmed, the reforms and the latest development`, async ({
    page,
  }) => {
    const done = await guardPage(page);
    await page.emulateMedia({ colorScheme });
    await openOnPhone(page, '/');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // What stays on screen while scrolling: the pages' navigation and the filter summary.
    const sticky = await page
      .getByRole('navigation', { name: 'Pages' })
      .locator('xpath=..')
      .boundingBox();
    expect(sticky).not.toBeNull();
    const top = (sticky?.y ?? 0) + (sticky?.height ?? 0);

    const people = new Map(dataset.people.map((person) => [person.id, person.name]));
    const cards = page.getByRole('list', { name: /^Meetings of the / }).getByRole('listitem');
    const card = (round: number | null) =>
      cards.filter({ has: page.getByRole('link', { name: `Round ${round}`, exact: true }) });
    const held = rounds.filter((meeting) => standingOn(meeting, TODAY) === 'held');
    expect(held).toHaveLength(3);
    for (const meeting of held) {
      await expect(card(meeting.round).getByText('Held', { exact: true })).toBeVisible();
      expect(meeting.coChairs).toHaveLength(2);
      for (const chair of meeting.coChairs)
        await expectOnFirstScreen(
          card(meeting.round).getByRole('link', { name: people.get(chair.person) }),
          top,
        );
      await expectOnFirstScreen(card(meeting.round), top);
    }
    const lapsed = rounds.filter((meeting) => standingOn(meeting, TODAY) === 'not confirmed');
    expect(lapsed.map((meeting) => meeting.round)).toEqual([4]);
    await expectOnFirstScreen(card(4).getByText('Not confirmed', { exact: true }), top);

    const reforms = page.getByRole('region', { name: 'How the reforms stand' });
    await expectOnFirstScreen(
      reforms.getByText(`${dataset.commitments.length} commitments, as of 6 December 2026.`),
      top,
    );
    await expectOnFirstScreen(reforms.locator('p', { hasText: 'Completion:' }), top);
    // The bundled record has a narrowed law: named on the first screen, a link to it.
    const reversal = reforms.locator('p', { hasText: /^(Reversed|Partly reversed):/ }).first();
    await expectOnFirstScreen(reversal, top);
    await expect(reversal.getByRole('link')).not.toHaveCount(0);

    const newest = page
      .getByRole('list', { name: 'Newest developments' })
      .getByRole('listitem')
      .first();
    await expect(newest).toContainText('Whose word: ');
    await expectOnFirstScreen(newest, top);
    await done();
  });

test('on a phone the commitments are cards, each with its completion in view', async ({ page }) => {
  const done = await guardPage(page);
  await openOnPhone(page, '/commitments/');
  await expect(page.getByRole('table', { name: /^Reform commitments/ })).toHaveCount(0);
  const cards = page.getByRole('list', { name: 'Reform commitments' }).getByRole('listitem');
  await expect(cards).toHaveCount(dataset.commitments.length);
  for (const card of await cards.all()) {
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole('link')).toBeVisible();
    const badge = card.getByText(/^Completion: \S/);
    await expect(badge).toBeVisible();
    await expectWithin(badge, card, PHONE.width);
  }
  await done();
});

test('on a phone the topic grid scrolls sideways by keyboard while its topic names stay put', async ({
  page,
}) => {
  await openOnPhone(page, '/topics/');
  const figure = page.getByRole('figure', { name: 'Topics meeting by meeting' });
  await showChart(page, figure);
  const grid = figure.getByRole('region', { name: 'Topics meeting by meeting, grid' });
  // The names drawn over the grid (a phone's narrower strip): the last drawing on screen.
  const firstName = grid.locator('svg').filter({ visible: true }).last().locator('text').first();
  const before = await firstName.boundingBox();

  await grid.focus();
  await expect(grid).toBeFocused();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => grid.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
  const after = await firstName.boundingBox();
  expect(after?.x).toBe(before?.x);
  await expect(firstName).toBeVisible();
});

test('at 320 px no page scrolls sideways, and every box that scrolls can take focus', async ({
  page,
}) => {
  test.slow(true, 'six pages, each scrolled through so that every chart is drawn');
  await pinToday(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of PAGES) {
    await page.goto(path);
    await waitForLayout(page);
    // Scroll through the page so that every chart mounts, then measure once they have.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((next) => requestAnimationFrame(next));
      }
    });
    await expect.poll(() => sidewaysProblems(page), { message: path }).toEqual([]);
  }
});

for (const path of ['/', '/commitments/']) {
  test(`axe finds no violations on ${path} at phone width`, async ({ page }) => {
    await openOnPhone(page, path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
