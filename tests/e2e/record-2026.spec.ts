import { expect, test } from '@playwright/test';
import { guardPage } from './support';
import { MARKER } from '../../src/boot/page-markers';

// The record as it stood when it was brought up to date; the clock is pinned so flags read the same.
const TODAY = new Date('2026-12-06T12:00:00Z');

test('the 2026 Constitution: completion, the act and its quote, and the criticism with whose word it is', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?open=commitment:constitution-2026');
  const dialog = page.getByRole('dialog', { name: 'New Constitution (2026)' });
  await expect(dialog.getByText(/^In effect, reached on 1 July 2026 by: /)).toBeVisible();
  await expect(
    dialog
      .getByText(
        /Today, 1 July 2026, the new Constitution of the Republic of Kazakhstan entered into force\./,
      )
      .first(),
  ).toBeVisible();

  const history = dialog.getByRole('list', { name: 'Event history, oldest first' });
  await expect(
    history.getByRole('heading', {
      name: '15 March 2026 · Adopted / signed · whose word: Kazakh government',
    }),
  ).toBeVisible();
  await expect(
    history.getByRole('heading', {
      name: '16 February 2026 · Criticised · whose word: Independent (NGO, media, academic)',
    }),
  ).toBeVisible();
  await expect(
    history.getByText(/severely weaken checks on executive power/).first(),
  ).toBeVisible();
  await done();
});

test('the December 2025 law against LGBT "propaganda" reads as a reversal of the media law', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/');
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  // The Overview calls the reversal out by name, and leads to the commitments.
  const reforms = page.getByRole('region', { name: 'How the reforms stand' });
  await expect(
    reforms.getByRole('definition').filter({ hasText: 'Law on mass media (2024)' }),
  ).toContainText('(partly reversed)');
  await reforms.getByRole('link', { name: 'Every commitment with its evidence' }).click();
  await expect(page).toHaveURL(/\/commitments\/$/);
  const table = page
    .getByRole('region', { name: 'Reform commitments' })
    .getByRole('table', { name: /^Reform commitments/ });
  const media = table
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Law on mass media (2024)', exact: true }) });
  await expect(media).toContainText('In force, partly reversed');
  await media.getByRole('link', { name: 'Law on mass media (2024)', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Law on mass media (2024)' });
  await expect(dialog.getByText(/^Partly reversed on 30 December 2025: /)).toBeVisible();
  await expect(dialog.getByText('This event set the reversal')).toBeVisible();

  await expect(page.getByTestId('dataset-indicator')).toContainText(
    'Recorded up to 1 July 2026 (the newest dated record).',
  );
});
