// Vite plugin: what the built site sends besides its files. The page's meta CSP, the preview
// server's feed media type, and no build manifest among the served files.
import { mkdir, readFile, rename, rmdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FEED_FILE } from '../feed/feed-address.ts';
import { ATOM_CONTENT_TYPE, META_CONTENT_SECURITY_POLICY } from './security-headers.ts';

/** Where Vite writes its manifest, relative to the output directory (`build.manifest: true`). */
const VITE_MANIFEST = '.vite/manifest.json';

/**
 * Where the build manifest is kept instead: `.size-limit.js` reads it, no visitor needs it, and in
 * `dist/` it would be served (and list every chunk) to anyone.
 */
export const BUILD_MANIFEST = 'node_modules/.tmp/build-manifest.json';

async function moveManifestOutOfDist(outDir: string, root: string): Promise<void> {
  const target = resolve(root, BUILD_MANIFEST);
  await mkdir(dirname(target), { recursive: true });
  await rename(resolve(outDir, VITE_MANIFEST), target);
  await rmdir(dirname(resolve(outDir, VITE_MANIFEST)));
}

/**
 * The built page's CSP meta tag (the dev server gets none: it injects CSS through <style> tags,
 * which `style-src 'self'` would block); `vite preview` serving the feed as Atom rather than
 * `text/xml`; and the build manifest moved out of `dist/` once written.
 */
export function hosting(): Plugin {
  let root = process.cwd();
  let outDir = resolve(root, 'dist');
  let base = '/';
  return {
    name: 'dialogue-tracker:hosting',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: {
                  'http-equiv': 'Content-Security-Policy',
                  content: META_CONTENT_SECURITY_POLICY,
                },
                injectTo: 'head-prepend',
              },
            ],
    },
    writeBundle: {
      order: 'post',
      async handler() {
        await moveManifestOutOfDist(outDir, root);
      },
    },
    configurePreviewServer(server) {
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((request, response, next) => {
        const isFeed = request.url?.split('?')[0] === `${base}${FEED_FILE}`;
        if (!isFeed || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
        readFile(resolve(outDir, FEED_FILE)).then((body) => {
          for (const [name, value] of Object.entries(headers)) {
            if (value !== undefined) response.setHeader(name, value);
          }
          response.setHeader('Content-Type', ATOM_CONTENT_TYPE);
          response.setHeader('Content-Length', body.byteLength);
          response.end(request.method === 'HEAD' ? undefined : body);
        }, next);
      });
    },
  };
}
