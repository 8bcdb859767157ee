// Vite plugin: writes the Atom feed of the bundled dataset (`dist/feed.xml`) into the build, and
// serves the same feed from the dev server.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { BUNDLED_DATASET_FILE } from '../bundled-dataset-digest.ts';
import type * as DatasetFeed from './dataset-feed.ts';
import { FEED_FILE, siteOrigin } from './feed-address.ts';

/** Loads the feed builder through Vite, which resolves the `@/` imports it shares with the app. */
async function renderFeed(root: string, base: string): Promise<string> {
  const { module } = await runnerImport<typeof DatasetFeed>(
    resolve(root, 'scripts/feed/dataset-feed.ts'),
    {
      configFile: false,
      root,
      logLevel: 'warn',
      resolve: { alias: { '@': resolve(root, 'src') } },
    },
  );
  const json = await readFile(resolve(root, BUNDLED_DATASET_FILE), 'utf8');
  return module.writeDatasetFeed(json, { base, siteUrl: siteOrigin(process.env.SITE_URL) });
}

/**
 * `feed.xml` next to index.html, built from the bundled dataset when the app is built (the build
 * fails if it cannot be), and generated afresh for each request by the dev server.
 */
export function atomFeed(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'dialogue-tracker:atom-feed',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FEED_FILE, source: await renderFeed(root, base) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${FEED_FILE}`) return next();
        renderFeed(root, base).then((xml) => {
          response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
          response.end(xml);
        }, next);
      });
    },
  };
}
