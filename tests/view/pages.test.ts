import { APP_TITLE, PAGES, pageFromPath, pagePath, pageTitle } from '@/view/pages';

describe(pagePath, () => {
  it('puts the Overview at the base path and every other page in a folder under it', () => {
    expect(PAGES.map((page) => pagePath('/', page.id))).toEqual([
      '/',
      '/meetings/',
      '/readouts/',
      '/topics/',
      '/commitments/',
      '/sources/',
    ]);
    expect(pagePath('/tracker/', 'sources')).toBe('/tracker/sources/');
  });
});

describe(pageFromPath, () => {
  it.each(PAGES.map((page) => page.id))('reads back the path of %s', (id) => {
    expect(pageFromPath('/', pagePath('/', id))).toBe(id);
    expect(pageFromPath('/tracker/', pagePath('/tracker/', id))).toBe(id);
  });

  it.each([
    ['/index.html', 'overview'],
    ['/meetings', 'meetings'],
    ['/meetings/index.html', 'meetings'],
    ['/tracker', 'overview'],
  ] as const)('reads %s, as a host may serve it, as %s', (path, page) => {
    const base = path.startsWith('/tracker') ? '/tracker/' : '/';
    expect(pageFromPath(base, path)).toBe(page);
  });

  it.each(['/overview/', '/feed.xml', '/meetings/2024/', '/other/meetings/'])(
    'knows no page at %s',
    (path) => {
      expect(pageFromPath('/', path)).toBeNull();
    },
  );
});

describe(pageTitle, () => {
  it('names the page before the app, and the Overview is the app', () => {
    expect(pageTitle('overview')).toBe(APP_TITLE);
    expect(pageTitle('sources')).toBe(
      `Latest developments, sources and the changelog · ${APP_TITLE}`,
    );
  });
});
