/**
 * The start-up protocol: every `data-*` attribute that one stage of start-up writes for another
 * (the build's prerender, main.tsx, the app, index.css, chart export, the e2e tests and the bench)
 * to read. Plain strings with no imports, so Node scripts and Playwright can import them too;
 * tests/boot/page-markers.test.ts checks that index.css uses these names.
 */
export const MARKER = {
  /** On #root: the page holds the prerendered default view, rendered on this day (`YYYY-MM-DD`). */
  prerendered: 'data-prerendered',
  /** On #root beside `prerendered`: which page the markup is (`overview`, `meetings`, …). */
  prerenderedPage: 'data-prerendered-page',
  /** On #root until the app has laid out the panels: the browser may skip those below the fold. */
  deferredLayout: 'data-deferred-layout',
  /** On #root: the prerendered view is not the one asked for (`failed`: the app did not load). */
  staleView: 'data-stale-view',
  /** On #root once the app is live. */
  appReady: 'data-app-ready',
  /** On a prerendered control that stays disabled until the app is live. */
  prerenderDisabled: 'data-prerender-disabled',
  /** On prerendered markup whose `style` attribute moved into the stylesheet (the CSP forbids it). */
  prerenderedStyle: 'data-prerendered-style',
  /**
   * On a part of a page whose sections are on its first screen at every width (the Overview's
   * answers): laid out in the first layout, never skipped at the deferred layout's placeholder.
   */
  firstScreen: 'data-first-screen',
  /** On the element whose `section` children are the dashboard's panels. */
  panels: 'data-panels',
  /** On a panel once drawn: from then on the browser may skip it while it is off screen. */
  drawn: 'data-drawn',
  /** On a chart frame's body, which holds the drawn chart that an export copies. */
  chartBody: 'data-chart-body',
} as const;

export type Marker = (typeof MARKER)[keyof typeof MARKER];

/** A CSS selector for `#root` carrying `marker`. */
export const rootWith = (marker: Marker) => `#root[${marker}]`;
