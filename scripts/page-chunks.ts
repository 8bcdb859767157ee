// Which built files each page's first view needs beyond the shell, read from Vite's build manifest:
// the prerender preloads them from the page's HTML, and `.size-limit.js` (which cannot import
// TypeScript) follows the same module paths.
import type { PageId } from '../src/view/pages.ts';

/** One chunk of Vite's build manifest (`build.manifest: true`), keyed by its source path. */
export type ManifestChunk = { file: string; imports?: string[] };
export type BuildManifest = Record<string, ManifestChunk>;

/** The modules the shell starts from: the HTML's script and the app it imports after first paint. */
export const SHELL_ENTRIES = ['index.html', 'src/entry-client.tsx'] as const;

/** The module holding a page's panels (`src/app/page-panels.ts` imports each lazily). */
export function pageModule(page: PageId): string {
  return `src/app/pages/${page}-panels.ts`;
}

/** The files of `keys` and of every chunk they import statically, each once, in import order. */
export function staticClosure(manifest: BuildManifest, keys: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no entry ${key}.`);
    if (files.includes(chunk.file)) return;
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/**
 * The files a page adds to the shell: its panels' chunk and the chunks that imports statically,
 * except those the shell loads anyway. These are what the page's HTML preloads.
 */
export function pageChunkFiles(manifest: BuildManifest, page: PageId): string[] {
  const shell = new Set(staticClosure(manifest, SHELL_ENTRIES));
  return staticClosure(manifest, [pageModule(page)]).filter((file) => !shell.has(file));
}

/** `<link rel="modulepreload">` tags for `files` (dist-relative) under `base`. */
export function modulePreloadTags(base: string, files: readonly string[]): string {
  return files
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('\n    ');
}
