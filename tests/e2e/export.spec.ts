import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { isolate } from '../../src/lib/isolate';
import { guardPage, openTable, showChart, useSharedPage, waitForLayout } from './support';
import { MARKER } from '../../src/boot/page-markers';
import { HOSTILE } from '../fixtures/datasets/hostile-valid-dataset';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CHARTS = [
  {
    title: 'Timeline of meetings and reform milestones',
    stem: 'timeline',
    page: '/meetings/',
    colour: [0x00, 0x72, 0xb2],
  },
  {
    title: 'How often each topic was raised',
    stem: 'topic-frequency',
    page: '/topics/',
    colour: [0xc2, 0x41, 0x0c],
  },
  {
    title: 'Topics meeting by meeting',
    stem: 'topics-by-meeting',
    page: '/topics/',
    colour: [0x00, 0x7a, 0x5a],
  },
  {
    title: 'Commitments by status',
    stem: 'commitments-by-status',
    page: '/commitments/',
    colour: [0x3b, 0x7b, 0xb5],
  },
  {
    title: 'Agenda overlap by round',
    stem: 'agenda-overlap',
    page: '/readouts/',
    colour: [0xa8, 0x43, 0x7f],
  },
  {
    title: 'Topic profiles by dialogue',
    stem: 'dialogue-profiles',
    page: '/topics/',
    colour: [0x00, 0x72, 0xb2],
  },
] as const;

/** Opens the page at `path` unless it is already open (the charts on it stay drawn). */
async function visit(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname !== path) await page.goto(path);
}

async function download(
  page: Page,
  figure: Locator,
  label: RegExp,
): Promise<{ download: Download; body: Buffer }> {
  await figure.getByRole('button', { name: /^Export/ }).click();
  const pending = page.waitForEvent('download');
  await figure.getByRole('button', { name: label }).click();
  const file = await pending;
  const body = readFileSync((await file.path()) ?? '');
  return { download: file, body };
}

/** Decodes a PNG in the page and counts pixels near a colour, and non-white pixels in the title band. */
async function inspectPng(page: Page, png: Buffer, colour: readonly number[]) {
  return page.evaluate(
    async ({ dataUrl, rgb }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let series = 0;
      let titleInk = 0;
      const titleBand = Math.round(canvas.height * 0.12) * canvas.width * 4;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (
          Math.abs(r - (rgb[0] ?? 0)) < 12 &&
          Math.abs(g - (rgb[1] ?? 0)) < 12 &&
          Math.abs(b - (rgb[2] ?? 0)) < 12
        )
          series += 1;
        if (i < titleBand && r + g + b < 300) titleInk += 1;
      }
      return { series, titleInk };
    },
    { dataUrl: `data:image/png;base64,${png.toString('base64')}`, rgb: colour },
  );
}

/** A small RFC 4180 reader for the downloaded CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

// Each chart's downloads, one chart after another on one loaded page.
test.describe('every chart downloads', () => {
  let done: () => Promise<void>;
  const shared = useSharedPage(async (page) => {
    done = await guardPage(page);
  });
  for (const chart of CHARTS) {
    test(`${chart.title}: PNG, SVG and CSV downloads`, async () => {
      const { page } = shared;
      await visit(page, chart.page);
      const figure = page.getByRole('figure', { name: chart.title });
      await showChart(page, figure);
      const onScreen = await figure.locator(`[${MARKER.chartBody}] svg`).first().boundingBox();

      const png = await download(page, figure, /^Download PNG$/);
      expect(png.download.suggestedFilename()).toBe(`${chart.stem}.png`);
      expect(png.body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(png.body.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * (onScreen?.width ?? 0));
      expect(png.body.readUInt32BE(20)).toBeGreaterThanOrEqual(2 * (onScreen?.height ?? 0));
      const pixels = await inspectPng(page, png.body, chart.colour);
      expect(pixels.series).toBeGreaterThan(50);
      expect(pixels.titleInk).toBeGreaterThan(200);
      await expect(figure.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
        `Downloaded ${chart.stem}.png`,
      );

      const svg = await download(page, figure, /^Download SVG$/);
      expect(svg.download.suggestedFilename()).toBe(`${chart.stem}.svg`);
      const parsed = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror') !== null,
          text: [...doc.querySelectorAll('text')].map((node) => node.textContent).join(' '),
        };
      }, svg.body.toString('utf8'));
      expect(parsed.error).toBe(false);
      expect(parsed.text).toContain(chart.title);
      expect(parsed.text).toContain('All records (no filters)');
      expect(parsed.text).toMatch(/Dialogue Tracker dataset v\d+\.\d+\.\d+/);
      expect(parsed.text).toContain('View: http://127.0.0.1');

      const csv = await download(page, figure, /^Download CSV$/);
      expect(csv.download.suggestedFilename()).toBe(`${chart.stem}.csv`);
      const text = csv.body.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      await openTable(figure);
      const tableRows = figure.locator('details table tbody tr');
      expect(rows.length - 1).toBe(await tableRows.count());
      // Each table row shows the CSV row's label (timeline rows start with an ISO date instead).
      const labelled = rows
        .slice(1)
        .map((row, index) => ({ label: (row[0] ?? '').replace(/…$/, ''), index }))
        .filter(({ label }) => !/^\d{4}/.test(label));
      for (const { label, index } of labelled)
        await expect(tableRows.nth(index)).toContainText(label);

      const json = await download(page, figure, /^Download data \(JSON\)$/);
      expect(json.download.suggestedFilename()).toBe(`${chart.stem}.json`);
      expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({
        chart: chart.title,
        filters: 'All records (no filters)',
      });
      await done();
    });
  }
});

test('an export under filters names them in the file and on the image', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/topics/?topic=disability-rights&year=2023,2024');
  const figure = page.getByRole('figure', { name: 'How often each topic was raised' });
  await showChart(page, figure);

  const png = await download(page, figure, /^Download PNG$/);
  expect(png.download.suggestedFilename()).toBe('topic-frequency_disability-rights_2023-2024.png');
  const svg = await download(page, figure, /^Download SVG$/);
  const markup = svg.body.toString('utf8');
  // The topic's label is isolated in the image's caption; the file name carries its id only.
  expect(markup).toContain(`Topic: ${isolate('Disability rights')} · Years: 2023–2024`);
  expect(markup).toContain('topic=disability-rights&amp;year=2023,2024');
  await done();
});

test('a keyboard user can export', async ({ page }) => {
  await page.goto('/commitments/');
  // A jump far down the page lands short while the panels are still being laid out.
  await waitForLayout(page);
  const figure = page.getByRole('figure', { name: 'Commitments by status' });
  // Focus scrolls the frame into view, and the chart far down the page is drawn then.
  await figure.getByRole('button', { name: /^Export/ }).focus();
  await expect(figure.locator(`[${MARKER.chartBody}] svg`).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const pending = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Download CSV' }).focus();
  await page.keyboard.press('Enter');
  expect((await pending).suggestedFilename()).toBe('commitments-by-status.csv');
  await expect(figure.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(figure.getByRole('button', { name: /^Export/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(figure.getByRole('button', { name: 'Download CSV' })).toBeHidden();
});

test('a PNG downloads even when the page never has an idle moment to encode it in', async ({
  page,
}) => {
  // Chromium's canvas.toBlob encodes a PNG only in an idle period and waits up to a second (four on
  // phones) for one; here it waits forever, so the export must not depend on it.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = () => {};
  });
  const done = await guardPage(page);
  await page.goto('/commitments/');
  const figure = page.getByRole('figure', { name: 'Commitments by status' });
  await showChart(page, figure);
  for (let round = 0; round < 3; round += 1) {
    const png = await download(page, figure, /^Download PNG$/);
    expect(png.download.suggestedFilename()).toBe('commitments-by-status.png');
    expect(png.body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  }
  await done();
});

test('a topic label that is a spreadsheet formula arrives in the CSV as text', async ({ page }) => {
  const done = await guardPage(page);
  await page.goto('/topics/');
  // The picker listens for files only once the app has started.
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  await page
    .getByTestId('dataset-file-input')
    .setInputFiles('tests/fixtures/datasets/hostile-valid.json');
  await expect(page.getByTestId('dataset-indicator')).toContainText(
    'your file “hostile-valid.json”',
  );
  const figure = page.getByRole('figure', { name: 'How often each topic was raised' });
  await showChart(page, figure);

  const csv = await download(page, figure, /^Download CSV$/);
  const rows = parseCsv(csv.body.toString('utf8').slice(1));
  const labels = rows.slice(1).map((row) => row[0] ?? '');
  expect(labels).toContain(`'${HOSTILE.formula}`);
  expect(labels).not.toContain(HOSTILE.formula);
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\s*[=+@]/);
  await done();
});
