import { readdirSync, readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DATASET_PATH, dataset, guardPage } from './support';
import { MARKER } from '../../src/boot/page-markers';

const BROKEN_DIR = 'tests/fixtures/datasets/broken';
const HOSTILE = 'tests/fixtures/datasets/hostile-valid.json';

type Expected = Record<string, { path: string; messageIncludes: string }>;
const expected = JSON.parse(readFileSync(`${BROKEN_DIR}/expected.json`, 'utf8')) as Expected;
const corpus = readdirSync(BROKEN_DIR).filter((name) => name !== 'expected.json');
const hostile = JSON.parse(readFileSync(HOSTILE, 'utf8')) as {
  meta: { title: string; version: string };
  topics: { label: string }[];
};

const indicator = (page: Page) => page.getByTestId('dataset-indicator');
const problems = (page: Page) => page.getByTestId('dataset-problems');

async function openFile(page: Page, path: string) {
  await page.getByTestId('dataset-file-input').setInputFiles(path);
}

async function ready(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
  // The prerendered page shows the heading before the app listens for files and drops.
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
}

test('the corpus has at least 30 failure kinds, each with an expected message', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
  expect(corpus.filter((name) => !expected[name])).toEqual([]);
});

// Parts of 15 files (six for 85 files), so the parts run in parallel and each stays well inside its time limit.
const PART_SIZE = 15;
for (let start = 0; start < corpus.length; start += PART_SIZE) {
  const part = corpus.slice(start, start + PART_SIZE);

  test(`broken files ${start + 1}–${start + part.length} are refused with their path-precise messages, and the dashboard keeps working`, async ({
    page,
  }) => {
    test.slow();
    const done = await guardPage(page);
    const url = `/?year=${dataset.meetings[0]?.date.value.slice(0, 4)}`;
    await ready(page, url);
    const before = new URL(page.url()).search;

    for (const name of part) {
      const want = expected[name] ?? { path: '', messageIncludes: '' };
      await openFile(page, `${BROKEN_DIR}/${name}`);
      await refusalShown(page, name);
      const panel = problems(page);
      await expect(panel.getByRole('heading')).toHaveText(`“${name}” was not opened`);
      const line = panel
        .getByRole('listitem')
        .filter({ has: page.locator('code', { hasText: new RegExp(`^${escape(want.path)}$`) }) })
        .filter({ hasText: want.messageIncludes });
      await expect(line.first(), `${name}: ${want.path}: …${want.messageIncludes}…`).toBeVisible();
      await expect(indicator(page)).toContainText('Showing the bundled dataset');
      await panel.getByRole('button', { name: 'Dismiss' }).click();
    }

    expect(new URL(page.url()).search).toBe(before);
    // Still usable: a filter still narrows the list.
    await page.getByRole('button', { name: 'Topic', exact: true }).click();
    await page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first().check();
    await expect(page).toHaveURL(/topic=/);
    await done();
  });
}

/**
 * Waits, checking once a frame, until the problems panel names `fileName`: the web-first
 * assertions after it then pass at their first try, instead of each file waiting out their
 * back-off (100, 250, 500 ms…) for a refusal that takes a few tens of milliseconds.
 */
async function refusalShown(page: Page, fileName: string) {
  await page.waitForFunction(
    (fileName) =>
      document
        .querySelector('[data-testid="dataset-problems"]')
        ?.textContent?.includes(`“${fileName}” was not opened`),
    fileName,
    { polling: 'raf' },
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a valid file replaces the dataset, survives a reload, and one click brings the bundled one back', async ({
  page,
}) => {
  const done = await guardPage(page);
  page.on('dialog', (dialog) => {
    throw new Error(`data opened a ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await ready(page);
  await openFile(page, HOSTILE);
  await expect(indicator(page)).toContainText('your file “hostile-valid.json”');
  await expect(indicator(page)).toContainText(`version ${hostile.meta.version}`);
  await expect(indicator(page)).toContainText('Kept in this browser');

  await page.reload();
  await expect(indicator(page)).toContainText('your file “hostile-valid.json”');
  // Markup in the data is shown as text, never run or parsed.
  await expect(page.getByText('<script>alert(1)</script>').first()).toBeVisible();
  await expect(page.locator('main script, main img[src="x"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(indicator(page)).toContainText('Showing the bundled dataset');
  await page.reload();
  await expect(indicator(page)).toContainText('Showing the bundled dataset');
  await expect(page.getByText(`version ${dataset.meta.version}`).first()).toBeVisible();
  await done();
});

/** Those of `texts` that the page shows somewhere. */
async function visibleTexts(page: Page, texts: readonly string[]): Promise<string[]> {
  const counts = await Promise.all(
    texts.map((text) => page.getByText(text).filter({ visible: true }).count()),
  );
  return texts.filter((_, index) => (counts[index] ?? 0) > 0);
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  test(`long, right-to-left, emoji and Kazakh strings do not break the layout at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await ready(page);
    await openFile(page, HOSTILE);
    await expect(indicator(page)).toContainText('your file');
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    // Every page keeps its width; each label shows, as text, on one page or another.
    const labels = hostile.topics.map((topic) => topic.label).slice(1, 3);
    const seen = new Set<string>();
    for (const name of ['Overview', 'Meetings', 'Readouts', 'Topics', 'Commitments', 'Sources']) {
      const link = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name });
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(indicator(page)).toContainText('your file');
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      for (const label of await visibleTexts(page, labels)) seen.add(label);
      expect(await overflow(), name).toBeLessThanOrEqual(0);
    }
    expect([...seen].toSorted()).toEqual(labels.toSorted());
  });
}

test('a file dropped anywhere on the page is opened; the page shows where to drop it', async ({
  page,
}) => {
  await ready(page);
  const text = readFileSync(HOSTILE, 'utf8');
  const transfer = await page.evaluateHandle((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  const main = page.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('file-drop-zone')).toBeVisible();
  await main.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('file-drop-zone')).toBeHidden();
  await expect(indicator(page)).toContainText('your file “dropped.json”');
});

test('dropping two files at once is refused with a reason', async ({ page }) => {
  await ready(page);
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'a.json', { type: 'application/json' }));
    data.items.add(new File(['{}'], 'b.json', { type: 'application/json' }));
    return data;
  });
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(problems(page)).toContainText('2 files were given; open one dataset file at a time');
  await expect(indicator(page)).toContainText('Showing the bundled dataset');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violations with a refused file and with the user's dataset (${colorScheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await ready(page);
    await openFile(page, `${BROKEN_DIR}/${corpus.find((name) => name.includes('javascript'))}`);
    await expect(problems(page)).toBeVisible();
    // What the refusal adds: the page behind is the bundled default view, scanned whole in
    // accessibility.spec.ts in both colour schemes.
    expect(
      await axeViolations(
        page,
        '[data-testid="dataset-problems"], [data-testid="dataset-indicator"]',
      ),
    ).toEqual([]);

    await openFile(page, HOSTILE);
    await expect(indicator(page)).toContainText('your file');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('when the bundled dataset cannot be loaded, the user can still open their own file', async ({
  page,
}) => {
  await page.route(`**${DATASET_PATH}`, (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'The dataset could not be loaded' }),
  ).toBeVisible();
  await openFile(page, HOSTILE);
  await expect(indicator(page)).toContainText('your file “hostile-valid.json”');
  await expect(page.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeHidden();
});
