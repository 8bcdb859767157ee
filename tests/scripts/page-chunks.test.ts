import { existsSync } from 'node:fs';
import {
  modulePreloadTags,
  pageChunkFiles,
  pageModule,
  staticClosure,
  type BuildManifest,
} from '../../scripts/page-chunks';
import { addModulePreloads } from '../../scripts/prerender';
import { PAGES } from '../../src/view/pages';

/** A build manifest shaped like Vite's: the shell, two pages and the chunks they share. */
const MANIFEST: BuildManifest = {
  'index.html': { file: 'assets/index-a.js' },
  'src/entry-client.tsx': { file: 'assets/entry-client-b.js', imports: ['index.html', '_clsx.js'] },
  '_clsx.js': { file: 'assets/clsx-c.js' },
  '_chart-frame.js': { file: 'assets/chart-frame-d.js', imports: ['src/entry-client.tsx'] },
  '_scroll-region.js': { file: 'assets/scroll-region-e.js', imports: ['_clsx.js'] },
  'src/app/pages/meetings-panels.ts': {
    file: 'assets/meetings-panels-f.js',
    imports: ['src/entry-client.tsx', '_chart-frame.js', '_scroll-region.js'],
  },
  'src/app/pages/sources-panels.ts': {
    file: 'assets/sources-panels-g.js',
    imports: ['_scroll-region.js', 'src/entry-client.tsx'],
  },
};

describe(pageModule, () => {
  it.each(PAGES)("names the module of the $label page's panels, which exists", ({ id }) => {
    expect(existsSync(pageModule(id))).toBe(true);
  });
});

describe(staticClosure, () => {
  it('lists each file once, following static imports through shared chunks', () => {
    expect(staticClosure(MANIFEST, ['src/app/pages/meetings-panels.ts'])).toEqual([
      'assets/meetings-panels-f.js',
      'assets/entry-client-b.js',
      'assets/index-a.js',
      'assets/clsx-c.js',
      'assets/chart-frame-d.js',
      'assets/scroll-region-e.js',
    ]);
  });

  it('fails on a module the build did not write (a page module renamed or moved)', () => {
    expect(() => staticClosure(MANIFEST, ['src/app/pages/topics-panels.ts'])).toThrow(
      'no entry src/app/pages/topics-panels.ts',
    );
  });
});

describe(pageChunkFiles, () => {
  it("gives a page's own chunk and the chunks only pages import, not what the shell loads", () => {
    expect(pageChunkFiles(MANIFEST, 'meetings')).toEqual([
      'assets/meetings-panels-f.js',
      'assets/chart-frame-d.js',
      'assets/scroll-region-e.js',
    ]);
    expect(pageChunkFiles(MANIFEST, 'sources')).toEqual([
      'assets/sources-panels-g.js',
      'assets/scroll-region-e.js',
    ]);
  });
});

describe(addModulePreloads, () => {
  const html = '<html><head><title>x</title></head><body></body></html>';

  it("preloads the page's files under the base path, in the head", () => {
    const withPreloads = addModulePreloads(html, '/tracker/', ['assets/a.js', 'assets/b.js']);
    const head = withPreloads.slice(0, withPreloads.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/tracker/assets/a.js">');
    expect(head).toContain(modulePreloadTags('/tracker/', ['assets/b.js']));
    expect(withPreloads.split('modulepreload')).toHaveLength(3);
  });

  it('leaves a page with nothing of its own unchanged, and refuses a page without one head', () => {
    expect(addModulePreloads(html, '/', [])).toBe(html);
    expect(() => addModulePreloads('<body></body>', '/', ['assets/a.js'])).toThrow('</head>');
  });
});
