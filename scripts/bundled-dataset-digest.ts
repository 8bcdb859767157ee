// Validates the bundled dataset when the app is built and gives the app its SHA-256, so the browser
// can use that file as it is, without loading the validator (src/data/trusted-bundled-dataset.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as BundledDatasetCheck from './bundled-dataset-check.ts';

/** The bundled dataset, relative to the project root. */
export const BUNDLED_DATASET_FILE = 'public/data/dialogue-dataset.json';

type CheckModule = typeof BundledDatasetCheck;

/**
 * Loads the check through Vite, which resolves the `@/` imports of the validator it shares with the
 * app; the config file that imports this plugin is bundled without them.
 */
async function loadCheck(root: string): Promise<CheckModule['checkBundledDataset']> {
  const { module } = await runnerImport<CheckModule>(
    resolve(root, 'scripts/bundled-dataset-check.ts'),
    {
      configFile: false,
      root,
      logLevel: 'warn',
      resolve: { alias: { '@': resolve(root, 'src') } },
    },
  );
  return module.checkBundledDataset;
}

/**
 * Vite plugin: checks the bundled dataset and defines `__BUNDLED_DATASET_SHA256__` (its hex SHA-256)
 * for the app. A build fails on a file that does not pass, with every problem; the dev server and
 * preview only warn and leave the constant out, so the app validates the file itself.
 */
export function bundledDatasetDigest(): Plugin {
  return {
    name: 'dialogue-tracker:bundled-dataset-digest',
    async config(config, { command }) {
      const root = resolve(config.root ?? process.cwd());
      let digest: string;
      try {
        const checkBundledDataset = await loadCheck(root);
        digest = checkBundledDataset(
          await readFile(resolve(root, BUNDLED_DATASET_FILE)),
          BUNDLED_DATASET_FILE,
        );
      } catch (error) {
        if (command === 'build') throw error;
        console.warn(error instanceof Error ? error.message : String(error));
        return;
      }
      return { define: { __BUNDLED_DATASET_SHA256__: JSON.stringify(digest) } };
    },
  };
}
