import {
  extractHtmlAssets,
  initialJsFiles,
  staticImportsOf,
  summarizeSizes,
} from '../../../scripts/bench/size-summary';

describe(extractHtmlAssets, () => {
  it('finds the entry script, module preloads and stylesheets, dropping the leading slash', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="/favicon.svg">
      <link rel="preload" href="/data/dialogue-dataset.json" as="fetch" crossorigin="anonymous" />
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <script src="https://example.org/external.js"></script>
      <script>console.log('inline')</script>
    </head>`;
    expect(extractHtmlAssets(html)).toEqual({
      scripts: ['assets/index-abc.js'],
      modulepreloads: ['assets/vendor-def.js'],
      stylesheets: ['assets/index-123.css'],
    });
  });

  it('resolves relative URLs against the page directory and drops query strings', () => {
    const html = `<script type=module src="./assets/a.js?v=1"></script><link rel='stylesheet' href='b.css'>`;
    expect(extractHtmlAssets(html, '/about/')).toEqual({
      scripts: ['about/assets/a.js'],
      modulepreloads: [],
      stylesheets: ['about/b.css'],
    });
  });
});

describe(staticImportsOf, () => {
  it('finds minified static imports and re-exports but not dynamic imports', () => {
    const code =
      'import{a as e,b as t}from"./vendor-1.js";import"./side-effect.js";' +
      'export*from"./re.js";import*as n from"./ns.js";' +
      'const l=()=>import("./lazy.js");import r from "react";x=import.meta.url;';
    expect(staticImportsOf(code).toSorted()).toEqual([
      './ns.js',
      './re.js',
      './side-effect.js',
      './vendor-1.js',
    ]);
  });

  it('lists each specifier once', () => {
    expect(staticImportsOf('import{a}from"./x.js";import{b}from"./x.js";')).toEqual(['./x.js']);
  });
});

describe(initialJsFiles, () => {
  it('follows static imports transitively, resolving relative paths, once per file', () => {
    const graph: Record<string, string[]> = {
      'assets/index.js': ['./vendor.js', './shared.js'],
      'assets/vendor.js': ['./shared.js'],
      'assets/shared.js': ['../assets/index.js'],
      'assets/preloaded.js': [],
    };
    expect(
      initialJsFiles(['assets/index.js', 'assets/preloaded.js'], (file) => graph[file] ?? []),
    ).toEqual(['assets/index.js', 'assets/preloaded.js', 'assets/shared.js', 'assets/vendor.js']);
  });

  it('gives nothing without entries', () => {
    expect(initialJsFiles([], () => [])).toEqual([]);
  });
});

describe(summarizeSizes, () => {
  const files = [
    { path: 'assets/index.js', raw: 1000, gzip: 300 },
    { path: 'assets/lazy.js', raw: 500, gzip: 200 },
    { path: 'sw.js', raw: 100, gzip: 50 },
    { path: 'assets/index.css', raw: 400, gzip: 100 },
    { path: 'data/dialogue-dataset.json', raw: 9000, gzip: 1500 },
    { path: 'index.html', raw: 200, gzip: 120 },
  ];

  it('totals the initial JS, all JS, CSS, the dataset and HTML', () => {
    const summary = summarizeSizes(files, ['assets/index.js'], 'data/dialogue-dataset.json');
    expect(summary.initialJs).toEqual({ files: ['assets/index.js'], raw: 1000, gzip: 300 });
    expect(summary.allJs.gzip).toBe(550);
    expect(summary.allJs.files).toHaveLength(3);
    expect(summary.css.gzip).toBe(100);
    expect(summary.data).toEqual({ files: ['data/dialogue-dataset.json'], raw: 9000, gzip: 1500 });
    expect(summary.html.gzip).toBe(120);
  });

  it('gives empty groups for files that are not there', () => {
    const summary = summarizeSizes([], ['assets/index.js'], 'data/x.json');
    expect(summary.initialJs).toEqual({ files: [], raw: 0, gzip: 0 });
    expect(summary.data.gzip).toBe(0);
  });
});
