import { expect, test, type Page } from '@playwright/test';
import { guardPage } from './support';
import { MARKER } from '../../src/boot/page-markers';

const HOSTILE = 'tests/fixtures/datasets/hostile-valid.json';
const DB = 'dialogue-tracker';
const STORE = 'datasets';
const FLAG = 'dialogue-tracker:custom-dataset';

const indicator = (page: Page) => page.getByTestId('dataset-indicator');
const unreadable = (page: Page) => page.getByTestId('kept-file-unreadable');

async function ready(page: Page) {
  await expect(page.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
}

/** Writes `junk` where the app keeps a dataset (as DevTools or a rogue script could) and sets the flag. */
async function keepJunk(page: Page, junk: 'string' | 'oversized text') {
  await page.evaluate(
    async ({ DB, STORE, FLAG, junk }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(DB);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const value =
        junk === 'string'
          ? 'junk'
          : { fileName: 'big.json', text: 'x'.repeat(21 * 1024 * 1024), savedAt: 'now' };
      const transaction = database.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(value, 'custom');
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      database.close();
      localStorage.setItem(FLAG, '1');
    },
    { DB, STORE, FLAG, junk },
  );
}

/** Whether deleting the app's database goes through or is blocked by an open connection. */
function deleteDatabase(page: Page) {
  return page.evaluate(
    (DB) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase(DB);
        request.onsuccess = () => resolve('deleted');
        request.onblocked = () => resolve('blocked');
        request.onerror = () => resolve('failed');
      }),
    DB,
  );
}

for (const [junk, reason] of [
  ['string', 'it holds a string of 4 characters, not a saved dataset'],
  ['oversized text', 'its text is at least 21.0 MB; the limit is 20 MB'],
] as const) {
  test(`${junk === 'string' ? 'a string' : 'an oversized text'} kept in IndexedDB is explained and removed with one click`, async ({
    page,
  }) => {
    const done = await guardPage(page);
    await page.goto('/');
    await ready(page);
    await keepJunk(page, junk);
    await page.reload();
    await ready(page);
    await expect(unreadable(page)).toContainText(
      `The file kept in this browser could not be read: ${reason}.`,
    );
    await expect(indicator(page)).toContainText('Showing the bundled dataset');

    await unreadable(page).getByRole('button', { name: 'Remove it from this browser' }).click();
    await expect(unreadable(page)).toBeHidden();
    await expect(indicator(page)).toContainText('Showing the bundled dataset');
    await page.reload();
    await ready(page);
    await expect(indicator(page)).toContainText('Showing the bundled dataset');
    await expect(unreadable(page)).toBeHidden();
    expect(await page.evaluate((FLAG) => localStorage.getItem(FLAG), FLAG)).toBeNull();
    await done();
  });
}

test('a database recreated without its object store keeps the next file again', async ({
  page,
}) => {
  const done = await guardPage(page);
  await page.goto('/');
  await ready(page);
  await page.evaluate(
    async ({ DB, FLAG }) => {
      await new Promise((resolve) => (indexedDB.deleteDatabase(DB).onsuccess = resolve));
      // Version 3, no object store, and the flag still saying a file is kept.
      const request = indexedDB.open(DB, 3);
      await new Promise((resolve) => (request.onsuccess = resolve));
      request.result.close();
      localStorage.setItem(FLAG, '1');
    },
    { DB, FLAG },
  );
  await page.reload();
  await ready(page);
  await expect(indicator(page)).toContainText('Showing the bundled dataset');
  await expect(unreadable(page)).toBeHidden();
  await expect.poll(() => page.evaluate((FLAG) => localStorage.getItem(FLAG), FLAG)).toBeNull();

  await page.getByTestId('dataset-file-input').setInputFiles(HOSTILE);
  await expect(indicator(page)).toContainText('Kept in this browser');
  await page.reload();
  await ready(page);
  await expect(indicator(page)).toContainText('your file “hostile-valid.json”');
  await done();
});

test('the open app does not block deleting its database', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('dataset-file-input').setInputFiles(HOSTILE);
  await expect(indicator(page)).toContainText('Kept in this browser');
  // The app holds a connection now; it must close it when asked.
  expect(await deleteDatabase(page)).toBe('deleted');
  // And it opens a new one when it next needs the store.
  await page.getByTestId('dataset-file-input').setInputFiles(HOSTILE);
  await expect(indicator(page)).toContainText('Kept in this browser');
});

test('a file kept or removed in one tab is shown in the other without a reload', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const done = [await guardPage(first), await guardPage(second)];
  for (const page of [first, second]) {
    await page.goto('/');
    await ready(page);
  }
  await first.getByTestId('dataset-file-input').setInputFiles(HOSTILE);
  await expect(indicator(first)).toContainText('your file “hostile-valid.json”');
  await expect(indicator(second)).toContainText('your file “hostile-valid.json”');
  await expect(
    second.getByText(
      'Another tab changed the dataset kept in this browser; this tab shows it now.',
      {
        exact: true,
      },
    ),
  ).toBeVisible();

  await second.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(indicator(second)).toContainText('Showing the bundled dataset');
  await expect(indicator(first)).toContainText('Showing the bundled dataset');
  for (const check of done) await check();
});
