import { expect, test } from '@playwright/test';
import {
  ATOM_CONTENT_TYPE,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../scripts/hosting/security-headers';

test('the page and the feed are served with the security headers, the feed as Atom', async ({
  request,
}) => {
  for (const path of ['/', '/?topic=press-freedom', '/feed.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toBe(ATOM_CONTENT_TYPE);
  // The header's policy is the page's meta policy plus what only a header can say.
  const page = await (await request.get('/')).text();
  expect(page).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`,
  );
  expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
    `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  );
});

test('the build manifest and other unknown paths are not served', async ({ request }) => {
  for (const path of ['/.vite/manifest.json', '/assets/', '/no-such-page'])
    expect((await request.get(path)).status(), path).toBe(404);
});

test('the headers switch off no feature Chromium would complain about', async ({ page }) => {
  const complaints: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // Playwright's own (the config blocks service workers), not the page's.
    if (text === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(text);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(complaints).toEqual([]);
});

test('a page that frames the app gets nothing shown', async ({ page, baseURL }) => {
  const app = `${baseURL}/`;
  // Served from the app's own origin: frame-ancestors 'none' refuses even that, and no other rule
  // (Chromium's private network access) can be what blocks the frame.
  const framer = `${baseURL}/framer-test.html`;
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Framer</title><iframe src="${app}" title="framed app"></iframe>`,
    }),
  );
  // The same address opens on its own, so an error page in the frame is the refusal to be framed.
  expect((await page.request.get(app)).ok()).toBe(true);
  await page.goto(framer);
  // Chromium puts its own error page in the frame instead of the app.
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toContain('chrome-error://chromewebdata/');
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: 'How the reforms stand' }),
  ).toHaveCount(0);
});
