// Prerenders the dashboard's default view into the built index.html, so the first paint needs no
// JavaScript and the client hydrates instead of rendering from scratch. Run by the build (see
// vite.config.ts) after the client bundle is written and before the service worker precaches it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { MARKER, rootWith } from '../src/boot/page-markers.ts';
import { BUILD_MANIFEST } from './hosting/hosting-plugin.ts';
import { modulePreloadTags, pageChunkFiles, type BuildManifest } from './page-chunks.ts';
import { APP_TITLE, PAGES, pageTitle, type PageId } from '../src/view/pages.ts';

/** What `src/entry-server.tsx` renders. */
export type PrerenderedView = { html: string; renderedOn: string };

type RenderPage = (
  readFile: (url: string) => Promise<string>,
  page: PageId,
) => Promise<PrerenderedView>;

export const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Until the app starts (and for good without JavaScript), the browser may skip laying out the
 * panels' sections below the fold: the first paint then costs the first screen, not all 5,000
 * elements. Once the app is live, src/boot/deferred-layout.ts lays the panels out one per frame and
 * removes it. Only the panels: the filter bar in the sticky page head, skipped in the first layout
 * at the 800 px placeholder, moved everything below it (CLS 0.55 on a phone). Nor the sections
 * marked as the first screen's: the Overview's answers, each below another, would each come into
 * view only once the one above had shrunk from its placeholder (CLS 0.16 on a phone).
 */
export const DEFERRED_LAYOUT_CSS = `${rootWith(MARKER.deferredLayout)} [${MARKER.panels}] section:not([${MARKER.firstScreen}] section){content-visibility:auto;contain-intrinsic-size:auto 800px}`;

/**
 * Markers React leaves where a Suspense boundary could not finish on the server; the client would
 * then discard that part of the page and report a recoverable error, so the build refuses them.
 */
const INCOMPLETE_BOUNDARY = /<!--\$[!?]-->/;

/**
 * Puts a page's prerendered markup into the (single, empty) root element of index.html, marked with
 * the page, and gives the page its window title.
 */
export function injectPrerenderedView(
  indexHtml: string,
  view: PrerenderedView,
  page: PageId = 'overview',
): string {
  const roots = indexHtml.split(EMPTY_ROOT).length - 1;
  if (roots !== 1) {
    throw new Error(`index.html must contain ${EMPTY_ROOT} exactly once (found ${roots}).`);
  }
  if (view.html.trim() === '') throw new Error('The prerendered view is empty.');
  if (INCOMPLETE_BOUNDARY.test(view.html)) {
    throw new Error(
      'A Suspense boundary suspended or failed while prerendering; render its content only after hydration (see useHydrated).',
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(view.renderedOn)) {
    throw new Error(`Invalid render date ${JSON.stringify(view.renderedOn)}.`);
  }
  return indexHtml
    .replace(`<title>${APP_TITLE}</title>`, () => `<title>${pageTitle(page)}</title>`)
    .replace(
      EMPTY_ROOT,
      () =>
        `<div id="root" ${MARKER.prerendered}="${view.renderedOn}" ${MARKER.prerenderedPage}="${page}" ${MARKER.deferredLayout}="">${view.html}</div>`,
    );
}

const HTML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * Moves the `style` attributes of server-rendered markup into stylesheet rules. The CSP's
 * `style-src 'self'` blocks style attributes in HTML (React's client render sets styles through
 * the CSSOM, which it allows), and hydration does not re-apply them, so a chart's reserved height
 * would be lost. Each distinct style becomes `[data-prerendered-style="n"] { … }`.
 */
export function extractInlineStyles(
  html: string,
  ids = new Map<string, number>(),
): { html: string; css: string } {
  const rewritten = html.replace(/ style="([^"]*)"/g, (_, escaped: string) => {
    const declarations = escaped.replace(
      /&(?:amp|quot|#x27|#39|lt|gt);/g,
      (e) => HTML_ENTITIES[e] ?? e,
    );
    if (/[{}<]/.test(declarations))
      throw new Error(`Unexpected style ${JSON.stringify(declarations)}.`);
    let id = ids.get(declarations);
    if (id === undefined) {
      id = ids.size;
      ids.set(declarations, id);
    }
    return ` ${MARKER.prerenderedStyle}="${id}"`;
  });
  const css = [...ids]
    .map(([declarations, id]) => `[${MARKER.prerenderedStyle}="${id}"]{${declarations}}`)
    .join('\n');
  return { html: rewritten, css };
}

/**
 * Appends CSS to the page's one stylesheet under a new content-hashed name (so caches and the
 * service worker never mix old and new contents) and points index.html at it.
 */
export async function appendToStylesheet(
  outDir: string,
  indexHtml: string,
  css: string,
): Promise<string> {
  const links = [...indexHtml.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+\.css)"/g)];
  const href = links[0]?.[1];
  if (links.length !== 1 || href === undefined) {
    throw new Error(`index.html must link exactly one stylesheet (found ${links.length}).`);
  }
  const oldPath = join(outDir, href.replace(/^.*?assets\//, 'assets/'));
  const contents = `${await readFile(oldPath, 'utf8')}\n/* prerendered page */\n${css}\n`;
  const hash = createHash('sha256').update(contents).digest('base64url').slice(0, 8);
  const newName = basename(oldPath).replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
  if (newName === basename(oldPath)) throw new Error(`Unexpected stylesheet name ${href}.`);
  await writeFile(join(dirname(oldPath), newName), contents);
  const assets = dirname(oldPath);
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const referenced = await Promise.all(
    scripts.map(async (name) =>
      (await readFile(join(assets, name), 'utf8')).includes(basename(oldPath)),
    ),
  );
  if (!referenced.includes(true)) await rm(oldPath);
  return indexHtml.replace(href, href.replace(basename(oldPath), newName));
}

/**
 * Disables every button and form field of the prerendered markup: until the app has hydrated
 * they would do nothing, and without JavaScript they never will. `src/entry-client.tsx` enables
 * them again once hydrated; fields the app itself renders disabled are left alone.
 */
export function disableControls(html: string): string {
  return html.replace(
    /<(button|input|select|textarea)\b([^>]*?)(\/?)>/g,
    (tag, name: string, attributes: string, selfClosing: string) => {
      if (/\sdisabled=""/.test(attributes) || /\stype="hidden"/.test(attributes)) return tag;
      return `<${name}${attributes} disabled="" ${MARKER.prerenderDisabled}=""${selfClosing}>`;
    },
  );
}

/**
 * Preloads a page's own code (its panels' chunk and what only it imports) from its HTML: the app
 * awaits that code before hydrating, so it downloads beside the shell instead of after it.
 */
export function addModulePreloads(html: string, base: string, files: readonly string[]): string {
  const heads = html.split('</head>').length - 1;
  if (heads !== 1)
    throw new Error(`index.html must contain </head> exactly once (found ${heads}).`);
  if (files.length === 0) return html;
  return html.replace('</head>', () => `  ${modulePreloadTags(base, files)}\n  </head>`);
}

export type PrerenderOptions = {
  /** The project root (where `src/entry-server.tsx` lives). */
  root: string;
  /** The client build's output directory, holding index.html and the public files. */
  outDir: string;
  /** The app's base path (Vite's `base`). */
  base: string;
};

/**
 * Builds the server entry, renders each page's default view with the built dataset and writes its
 * index.html (`index.html`, `meetings/index.html`, …), all sharing one stylesheet.
 */
export async function prerenderIndexHtml({ root, outDir, base }: PrerenderOptions): Promise<void> {
  const serverOutDir = join(root, 'node_modules/.tmp/prerender');
  await build({
    configFile: false,
    root,
    base,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { '@': join(root, 'src') } },
    build: {
      ssr: 'src/entry-server.tsx',
      outDir: serverOutDir,
      emptyOutDir: true,
      copyPublicDir: false,
      // Named by content, not made fresh with a query string: the pages' chunks import the entry
      // by its file name, and a second URL would load a second copy (with its own React contexts).
      rollupOptions: { output: { entryFileNames: 'entry-server-[hash].js' } },
    },
  });
  const entryFiles = (await readdir(serverOutDir)).filter((name) =>
    /^entry-server-[\w-]+\.js$/.test(name),
  );
  if (entryFiles.length !== 1)
    throw new Error(`Expected one server entry, found ${entryFiles.length}.`);
  const entry = pathToFileURL(join(serverOutDir, entryFiles[0] ?? ''));
  const { renderPage } = (await import(entry.href)) as { renderPage: RenderPage };
  const readBuilt = (url: string) => {
    const path = new URL(url, 'http://build.invalid').pathname;
    if (!path.startsWith(base)) throw new Error(`Cannot prerender a fetch of ${url}.`);
    return readFile(resolve(outDir, path.slice(base.length)), 'utf8');
  };
  const template = await readFile(join(outDir, 'index.html'), 'utf8');
  // Written by the client build (moved out of dist/ by scripts/hosting/hosting-plugin.ts).
  const manifest = JSON.parse(await readFile(join(root, BUILD_MANIFEST), 'utf8')) as BuildManifest;
  if (template.split(`<title>${APP_TITLE}</title>`).length !== 2) {
    throw new Error(`index.html must have the title ${APP_TITLE} once (see src/view/pages.ts).`);
  }
  const styleIds = new Map<string, number>();
  const pages: { path: string; html: string }[] = [];
  let css = '';
  for (const { id } of PAGES) {
    const view = await renderPage(readBuilt, id);
    const extracted = extractInlineStyles(disableControls(view.html), styleIds);
    // Each page lists the styles seen so far; the last list holds them all.
    css = extracted.css;
    const path = id === 'overview' ? 'index.html' : join(id, 'index.html');
    const html = injectPrerenderedView(template, { ...view, html: extracted.html }, id);
    pages.push({ path, html: addModulePreloads(html, base, pageChunkFiles(manifest, id)) });
    console.log(
      `prerendered ${path} (${(view.html.length / 1024).toFixed(1)} kB of markup, as of ${view.renderedOn})`,
    );
  }
  // One stylesheet for every page: the template's, with every page's styles appended.
  const oldHref = stylesheetHref(template);
  const newHref = stylesheetHref(
    await appendToStylesheet(outDir, template, [css, DEFERRED_LAYOUT_CSS].join('\n')),
  );
  for (const { path, html } of pages) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(
      join(outDir, path),
      html.replace(oldHref, () => newHref),
    );
  }
}

/** The address of the one stylesheet a page links. */
function stylesheetHref(html: string): string {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+\.css)"/g)];
  const href = links[0]?.[1];
  if (links.length !== 1 || href === undefined) {
    throw new Error(`index.html must link exactly one stylesheet (found ${links.length}).`);
  }
  return href;
}
