import { posix } from 'node:path';

/** The assets `index.html` loads up front, as root-relative paths without the leading slash. */
export type HtmlAssets = { scripts: string[]; modulepreloads: string[]; stylesheets: string[] };

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:');
}

function toDistPath(url: string, base: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return posix.normalize(path.startsWith('/') ? path : posix.join(base, path)).replace(/^\/+/, '');
}

/**
 * The local scripts, module preloads and stylesheets an HTML page loads, in document order; `base`
 * is the page's directory within dist (default the root). External URLs are ignored.
 */
export function extractHtmlAssets(html: string, base = '/'): HtmlAssets {
  const assets: HtmlAssets = { scripts: [], modulepreloads: [], stylesheets: [] };
  for (const match of html.matchAll(TAG)) {
    const tag = match[0];
    const attributes = attributesOf(tag);
    if (match[1]?.toLowerCase() === 'script') {
      const src = attributes.get('src');
      if (src && isLocal(src)) assets.scripts.push(toDistPath(src, base));
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (!href || !isLocal(href)) continue;
    if (rel.includes('modulepreload')) assets.modulepreloads.push(toDistPath(href, base));
    else if (rel.includes('stylesheet')) assets.stylesheets.push(toDistPath(href, base));
  }
  return assets;
}

// `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` (minified or not); a
// dynamic `import("./a.js")` has a parenthesis after `import` and so does not match.
const STATIC_IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** The relative specifiers a minified ES module imports statically (dynamic imports excluded). */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/'))
      found.add(specifier);
  }
  return [...found];
}

/**
 * Every JS file loaded before the app can run: the entry scripts and module preloads, plus
 * everything they import statically, transitively. Paths are dist-relative; `importsOf` returns a
 * file's relative specifiers (or [] for an unknown file). The result is sorted.
 */
export function initialJsFiles(
  entries: readonly string[],
  importsOf: (file: string) => readonly string[],
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const resolved = specifier.startsWith('/')
        ? specifier.slice(1)
        : posix.normalize(posix.join(posix.dirname(file), specifier));
      if (!seen.has(resolved)) queue.push(resolved);
    }
  }
  return [...seen].sort();
}

/** One built file: its dist-relative path and its raw and gzip (level 9) sizes in bytes. */
export type SizedFile = { path: string; raw: number; gzip: number };

/** Raw and gzip totals of a group of files, and which files they are. */
export type SizeGroup = { files: string[]; raw: number; gzip: number };

export type SizeSummary = {
  initialJs: SizeGroup;
  /** The JS the browser actually fetched while loading the page (measured in Chromium), if measured. */
  loadedJs?: SizeGroup;
  allJs: SizeGroup;
  css: SizeGroup;
  data: SizeGroup;
  html: SizeGroup;
};

/** The raw and gzip totals of the given dist paths; paths not among `files` are left out. */
export function groupFiles(files: readonly SizedFile[], paths: readonly string[]): SizeGroup {
  const wanted = new Set(paths);
  return group(files.filter((file) => wanted.has(file.path)));
}

function group(files: readonly SizedFile[]): SizeGroup {
  return {
    files: files.map((file) => file.path).sort(),
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/**
 * Totals the build: the initial JS (the given dist paths), all JS (.js/.mjs), all CSS, the bundled
 * dataset (`dataPath`) and the HTML pages. Files absent from `files` are left out of the totals.
 */
export function summarizeSizes(
  files: readonly SizedFile[],
  initialJs: readonly string[],
  dataPath: string,
): SizeSummary {
  return {
    initialJs: groupFiles(files, initialJs),
    allJs: group(files.filter((file) => /\.m?js$/.test(file.path))),
    css: group(files.filter((file) => file.path.endsWith('.css'))),
    data: group(files.filter((file) => file.path === dataPath)),
    html: group(files.filter((file) => file.path.endsWith('.html'))),
  };
}
