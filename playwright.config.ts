import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags';

const PORT = Number(process.env.E2E_PORT ?? 4321);
/** Debian's Chromium: `npx playwright install` cannot download browsers here. */
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Charts mount after hydration, once scrolled near; on a busy 2-core CI machine that can take longer than the 5 s default.
  expect: { timeout: 15_000 },
  // Two workers even on a 2-core machine: the tests mostly wait on the browser, and on this VM the
  // whole suite took 10.2 min with two (125 tests) against 14.2 min with one (109 tests), load 2–3.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace: actions with their timing, console and sources. Not the DOM
    // snapshots (Playwright records the network log with them) nor the screencast: taking them
    // around every action of every test (pages of 2,700–6,000 elements) made accessibility +
    // dashboard (42 tests, two workers, quiet) 121 s against 86 s. The failure's own page snapshot
    // is still written to its error-context.md.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    // The build's service worker would answer requests before page.route() mocks could; only
    // tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROME_PATH,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  webServer: {
    // Serves the production build (with its CSP); `npm test` builds before this runs.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
