// Takes screenshots of the built dashboard (first screen, whole page, each panel, an open dialog) at
// the sizes the developers' guide asks for (1280×800, 1440×900, a 390 px phone), light and dark.
// Usage: npm run build && npm run screenshot [-- PATH_AND_QUERY]   → screenshots/*.png (git-ignored)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { MARKER, rootWith } from '../src/boot/page-markers';
import { CHROMIUM_FLAGS } from './chromium-flags';

const target = process.argv[2] ?? '/';
const port = Number(process.env.SCREENSHOT_PORT ?? 4399);
const base = `http://127.0.0.1:${port}`;
const SIZES = {
  '1280x800': { width: 1280, height: 800 },
  '1440x900': { width: 1440, height: 900 },
  'phone-390': { width: 390, height: 844 },
} as const;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`no server answered at ${base}`);
}

/** Charts mount as they near the viewport: visit each one, then wait until all are drawn. */
async function drawEveryChart(page: Page): Promise<void> {
  for (const body of await page.locator(`[${MARKER.chartBody}]`).all()) {
    await body.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((body) => body.querySelector('svg')),
    `[${MARKER.chartBody}]`,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The tallest picture taken of one panel. Chromium lost its page (and then the browser) taking the
 * 14,182 px sources panel at 390 px; a taller panel is pictured from its top to this height.
 */
const PANEL_PICTURE_MAX_PX = 8000;

/** One picture per panel as well: a full page is too tall to read at a glance. */
async function shootPanels(page: Page, prefix: string): Promise<void> {
  const panels = await page.locator(`[${MARKER.panels}] > section`).all();
  for (const [i, panel] of panels.entries()) {
    const path = `${prefix}-panel-${i}.png`;
    const box = await panel.evaluate((element) => {
      const { left, top, width, height } = element.getBoundingClientRect();
      return { x: left + window.scrollX, y: top + window.scrollY, width, height };
    });
    try {
      if (box.height <= PANEL_PICTURE_MAX_PX) {
        await panel.screenshot({ path, animations: 'disabled' });
        continue;
      }
      const clip = { ...box, height: PANEL_PICTURE_MAX_PX };
      await page.screenshot({ path, fullPage: true, clip, animations: 'disabled' });
      console.log(
        `panel ${i} is ${Math.round(box.height)} px tall: pictured its first ${PANEL_PICTURE_MAX_PX} px`,
      );
    } catch (error) {
      console.warn(
        `no picture of panel ${i} (${Math.round(box.height)} px tall): ${String(error).split('\n')[0]}`,
      );
      if (page.isClosed()) return;
    }
  }
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
try {
  await waitForServer();
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  });
  const only = process.env.SCREENSHOT_SIZES?.split(',');
  for (const [name, viewport] of Object.entries(SIZES)) {
    if (only && !only.includes(name)) continue;
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP: the style below is inline, which the app's CSP rightly refuses.
      const page = await browser.newPage({
        viewport,
        colorScheme,
        deviceScaleFactor: 1,
        bypassCSP: true,
      });
      const prefix = `screenshots/${name}-${colorScheme}`;
      await page.goto(base + target);
      await page.locator(rootWith(MARKER.appReady)).waitFor({ state: 'attached' });
      await page.screenshot({ path: `${prefix}-first-screen.png` });
      if (await page.getByRole('dialog').isVisible()) {
        await page.getByRole('dialog').screenshot({ path: `${prefix}-dialog.png` });
      }
      await drawEveryChart(page);
      // Drawn panels may be skipped off screen (content-visibility): a picture would show them blank,
      // and their size would change while an element picture waits for it to settle.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      await page.screenshot({ path: `${prefix}.png`, fullPage: true });
      await shootPanels(page, prefix);
      console.log(`wrote ${prefix}*.png`);
      if (!page.isClosed()) await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
