import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { guardPage } from './support';

const SOURCE = 'tdi-2024-05-21';
const archive = JSON.parse(readFileSync(`public/data/evidence/${SOURCE}.json`, 'utf8')) as {
  passages: { text: string; from: string }[];
};

test('a source detail fetches and lists its archived passages under the CSP, accessibly', async ({
  page,
}) => {
  const checkPage = await guardPage(page);
  await page.goto(`/?open=source:${SOURCE}`);
  const section = page.getByRole('region', { name: 'Archived passages' });
  await expect(section.getByRole('listitem')).toHaveCount(archive.passages.length);
  await expect(section.getByRole('listitem').first()).toContainText(
    `From: The full text kept with the research (${archive.passages[0]?.from})`,
  );
  expect(await axeViolations(page)).toEqual([]);
  await checkPage();
});

test('a source without an archive file says so, and its detail keeps working', async ({ page }) => {
  const checkPage = await guardPage(page);
  await page.route(`**/data/evidence/${SOURCE}.json`, (route) => route.fulfill({ status: 404 }));
  await page.goto(`/?open=source:${SOURCE}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('No passages are archived for this source.')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'What this source supports' })).toBeVisible();
  await checkPage();
});

test('a passage archived from a Russian source carries the same “Russian” tag as its quote', async ({
  page,
}) => {
  const checkPage = await guardPage(page);
  await page.goto('/?open=source:zagranburo-zeya-remarks-ru');
  const section = page.getByRole('region', { name: 'Archived passages' });
  const passage = section.getByRole('listitem').first();
  await expect(passage.locator('blockquote')).toHaveAttribute('lang', 'ru');
  await expect(passage.getByText('Russian', { exact: true })).toBeVisible();
  await checkPage();
});
