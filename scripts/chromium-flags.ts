/**
 * The flags every Chromium we start needs here (e2e tests, the bench's Playwright pages and
 * Lighthouse): no sandbox or GPU in this container, and no background traffic to Google's services,
 * which would also skew timings.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
