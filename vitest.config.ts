import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * `.ts` tests of pure code run in Node: a DOM per file costs time (jsdom's was about half a second,
 * 90 s of the unit suite's 260 s on a 2-core machine). These `.ts` tests need a browser's APIs
 * (layout and frames, IndexedDB and localStorage, DOMParser, XMLSerializer), so they get a DOM with
 * the `.tsx` ones. That DOM is happy-dom, not jsdom: the same 55 files took 130 s of CPU against
 * 197 s (quiet 2-core machine). The Atom feed's test keeps jsdom, which `npm run feed:check` uses.
 */
const DOM_TESTS_WITHOUT_JSX = [
  'tests/boot/**/*.test.ts',
  'tests/scripts/feed/**/*.test.ts',
  'tests/components/chart/export/compose-svg.test.ts',
  'tests/data/custom-dataset-store.test.ts',
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    globals: true,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Whole-app component tests take 1–3 s on an idle 2-core machine; leave room for a busy one.
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Many tests
    // wait on a child process (the CLI scripts, Chromium), and beside another busy process two workers
    // get about 1.3 cores' worth of time between them where one gets one core.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Each test file gets a fresh worker; a thread starts cheaper than a child process. The 90
    // component test files, back to back on this 2-core VM (8 December, load 9–15): 162 s of CPU
    // in processes, 137 s in threads.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: DOM_TESTS_WITHOUT_JSX,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['./tests/support/setup.ts'],
          include: ['tests/**/*.test.tsx', ...DOM_TESTS_WITHOUT_JSX],
        },
      },
    ],
  },
});
