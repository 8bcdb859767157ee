import { fileURLToPath, URL } from 'node:url';
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledDatasetDigest } from './scripts/bundled-dataset-digest.ts';
import { atomFeed } from './scripts/feed/feed-plugin.ts';
import { hosting } from './scripts/hosting/hosting-plugin.ts';
import { SECURITY_HEADERS } from './scripts/hosting/security-headers.ts';
import { prerenderIndexHtml } from './scripts/prerender.ts';

/**
 * Offline support: a Workbox service worker precaches the app shell, every JS/CSS chunk (the lazy
 * chart and export chunks too), the bundled dataset and its JSON Schema. The page registers it
 * itself (`src/boot/register-service-worker.ts`), so no inline script is added and the CSP holds.
 * A new version waits until the user chooses "Reload" (`registerType: 'prompt'`).
 *
 * The default view is prerendered into index.html just before the worker is generated, so the
 * precached index.html (and its revision) is the prerendered one.
 */
function offlineApp(): PluginOption {
  let config: ResolvedConfig | undefined;
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Dialogue Tracker — US–Kazakhstan Human Rights Dialogue',
      short_name: 'Dialogue Tracker',
      description:
        'When the United States and Kazakhstan met on human rights, what they discussed, and what happened to each reform promised.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0f4c81',
      background_color: '#f6f7f9',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,svg,png}'],
      globIgnores: ['**/node_modules/**/*', '.vite/**'],
      // The first worker takes charge of the page that installed it, so that visit already works
      // offline; later versions still wait for "Reload" (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // The worker answers navigations with the app's index.html; opening the Atom feed in a tab
      // must reach the network (the feed is not precached: a reader wants it fresh).
      navigateFallbackDenylist: [/^\/feed\.xml$/],
    },
    integration: {
      configureOptions: (viteConfig) => {
        config = viteConfig;
      },
      beforeBuildServiceWorker: async () => {
        if (!config) throw new Error('vite-plugin-pwa did not pass the resolved Vite config.');
        await prerenderIndexHtml({
          root: config.root,
          outDir: resolve(config.root, config.build.outDir),
          base: config.base,
        });
      },
    },
  });
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // The page's CSP meta tag, the feed's media type in `vite preview`, no build manifest in dist/.
    hosting(),
    // Validates public/data/dialogue-dataset.json and gives the app its SHA-256, so the browser can
    // use that file without loading the validator.
    bundledDatasetDigest(),
    // dist/feed.xml: the Atom feed of the bundled dataset's latest developments and versions.
    atomFeed(),
    offlineApp(),
  ],
  // One page at `/` whose state is in the query string: a path that names no file is a 404, as on a
  // static host, not the app (nor, say, a build file's address answered with index.html).
  appType: 'mpa',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Inlined data: URIs would need wider CSP allowances; keep every asset a file.
    assetsInlineLimit: 0,
    // `.size-limit.js` reads which chunks the first view loads; hosting() moves it out of dist/.
    manifest: true,
    // One stylesheet, linked by every page's HTML, which the prerender extends and renames. Split
    // per chunk, the build's earlier copy was listed among a lazy chunk's dependencies, and loading
    // a page's (or a detail's) code added it to the document a second time.
    cssCodeSplit: false,
  },
  // `npm start` and the browser tests serve the build with these headers (CSP with
  // frame-ancestors, nosniff, no referrer); README "Hosting" shows them for a static host.
  preview: { port: 4173, strictPort: false, headers: SECURITY_HEADERS },
});
