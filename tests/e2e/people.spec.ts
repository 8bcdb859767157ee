import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { dataset, guardPage, pinToday } from './support';

type E2ePerson = {
  id: string;
  name: string;
  aliases: string[];
  roles: { title: string; observed: { value: string } }[];
};
const people = (dataset as unknown as { people: E2ePerson[] }).people;

function personOf(id: string): E2ePerson {
  const person = people.find((entry) => entry.id === id);
  if (!person) throw new Error(`the dataset has no person ${id}`);
  return person;
}

/** The names the drawer gives the meetings `personId` co-chaired (as of `asOf`), newest first. */
function meetingsLed(personId: string, asOf = '9999-12-31'): string[] {
  return dataset.meetings
    .filter((meeting) => meeting.coChairs.some((chair) => chair.person === personId))
    .filter((meeting) => meeting.status === 'held' && meeting.date.value <= asOf)
    .toSorted((a, b) => b.date.value.localeCompare(a.date.value))
    .map((meeting) => {
      const dialogue = dataset.dialogues.find((entry) => entry.id === meeting.dialogue);
      return `${dialogue?.shortName} round ${meeting.round}`;
    });
}

const erzhan = personOf('erzhan-kazykhan');
const drawer = (page: Page, name: string) => page.getByRole('dialog', { name });
const ledLinks = (page: Page, name: string) =>
  drawer(page, name).getByRole('group', { name: 'Meetings led' }).getByRole('link');

test('a person found through an alias opens with their roles and the meetings they led; reload keeps it, Escape closes it', async ({
  page,
}) => {
  const checkPage = await guardPage(page);
  await pinToday(page);
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Yerzhan');
  const matching = page
    .getByRole('region', { name: 'Search results for “Yerzhan”' })
    .getByRole('list', { name: 'Matching people' });
  await expect(matching).toContainText('matched through the alias “Yerzhan Kazykhan”');
  await matching.getByRole('link', { name: erzhan.name }).click();

  await expect(page).toHaveURL(/[?&]open=person:erzhan-kazykhan$/);
  const expectDrawer = async () => {
    const opened = drawer(page, erzhan.name);
    await expect(opened).toBeVisible();
    await expect(ledLinks(page, erzhan.name)).toHaveText(meetingsLed(erzhan.id));
    const roles = opened.getByRole('group', { name: 'Roles over time' });
    for (const role of erzhan.roles) await expect(roles).toContainText(role.title);
    await expect(opened.getByRole('group', { name: 'Other spellings' })).toContainText(
      'Yerzhan Kazykhan',
    );
  };
  await expectDrawer();
  await page.reload();
  await expectDrawer();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/open=/);
  await checkPage();
});

test('a co-chair in the Overview rounds table opens the person, and a meeting led opens that meeting', async ({
  page,
}) => {
  await pinToday(page);
  await page.goto('/');
  const rounds = page.getByRole('table', { name: /^Meetings of the / });
  await rounds.getByRole('link', { name: 'Uzra Zeya' }).first().click();
  await expect(page).toHaveURL(/\?open=person:uzra-zeya$/);
  const led = meetingsLed('uzra-zeya');
  await expect(ledLinks(page, 'Uzra Zeya')).toHaveText(led);

  await ledLinks(page, 'Uzra Zeya').first().click();
  await expect(page.getByRole('dialog', { name: led[0] })).toBeVisible();
  await expect(page).toHaveURL(/\?open=meeting:/);
});

test('as of a day, the person shows only the meetings led by then; an unknown id says no such person', async ({
  page,
}) => {
  const asOf = '2023-01-01';
  await page.goto(`/?asof=${asOf}&open=person:${erzhan.id}`);
  await expect(ledLinks(page, erzhan.name)).toHaveText(meetingsLed(erzhan.id, asOf));
  const later = erzhan.roles.filter((role) => role.observed.value > asOf).length;
  await expect(drawer(page, erzhan.name)).toContainText(
    `${later} more, seen after 1 January 2023, are not shown as of that date.`,
  );

  await page.goto('/?open=person:no-such-person');
  await expect(drawer(page, 'Person not found')).toContainText(
    'No person with the id “no-such-person” is in this dataset.',
  );
});

test.describe('the person drawer, open', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violations in the person drawer (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await pinToday(page);
      await page.goto(`/?open=person:${erzhan.id}`);
      await expect(drawer(page, erzhan.name)).toBeVisible();
      expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    });
  }
});

test('axe finds no WCAG 2.2 AA violations in the rounds, their co-chairs links, on a phone (dark)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await pinToday(page);
  await page.goto('/');
  const rounds = page.getByRole('region', { name: /^Rounds of the/ });
  await expect(rounds.getByRole('link', { name: 'Erzhan Kazykhan' }).first()).toBeVisible();
  expect(await axeViolations(page, 'section[aria-labelledby="rounds-title"]')).toEqual([]);
});
