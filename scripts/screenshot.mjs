// Takes screenshots of the built dashboard (whole page, each panel, an open dialog) at desktop and
// phone widths, light and dark.
// Usage: npm run build && npm run screenshot [-- PATH_AND_QUERY]   → screenshots/*.png (git-ignored)
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const target = process.argv[2] ?? '/';
const port = 4399;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i += 1) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };
for (const [name, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
    await page.goto(base + target);
    await page.waitForLoadState('networkidle');
    await page.locator('#root[data-app-ready]').waitFor({ state: 'attached' });
    // What a reader sees before scrolling; charts further down are not drawn yet.
    await page.screenshot({ path: `screenshots/${name}-${colorScheme}-first-screen.png` });
    // Charts mount as they near the viewport: visit each one, then wait until all are drawn.
    for (const body of await page.locator('[data-chart-body]').all()) {
      await body.scrollIntoViewIfNeeded();
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-body]')].every((body) =>
        body.querySelector('svg'),
      ),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = `screenshots/${name}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    // One picture per panel as well: a full page is too tall to read at a glance.
    const panels = page.locator('main section[aria-labelledby]');
    for (let i = 0; i < (await panels.count()); i += 1) {
      const panelFile = `screenshots/${name}-${colorScheme}-panel-${i}.png`;
      await panels.nth(i).screenshot({ path: panelFile });
      console.log(`wrote ${panelFile}`);
    }
    if (await page.getByRole('dialog').isVisible()) {
      await page
        .getByRole('dialog')
        .screenshot({ path: `screenshots/${name}-${colorScheme}-dialog.png` });
      console.log(`wrote screenshots/${name}-${colorScheme}-dialog.png`);
    }
    await page.close();
  }
}
await browser.close();
server.kill();
