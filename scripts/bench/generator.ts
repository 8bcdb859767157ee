import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '@/domain/schema';

/** The contract of scripts/synthetic-dataset.ts: a valid dataset, scale 1 ≈ the bundled size. */
export type GenerateDataset = (options: { seed: number; scale: number }) => Dataset;

export const GENERATOR_FILE = 'scripts/synthetic-dataset.ts';

/**
 * The synthetic dataset generator, loaded by path at run time so the rest of the bench still runs
 * when the generator is missing or broken; throws an Error saying which.
 */
export async function loadGenerator(): Promise<GenerateDataset> {
  if (!existsSync(GENERATOR_FILE)) throw new Error(`${GENERATOR_FILE} not found`);
  const modulePath = '../synthetic-dataset.ts';
  const generator = (await import(modulePath)) as { generateDataset?: unknown };
  if (typeof generator.generateDataset !== 'function')
    throw new Error(`${GENERATOR_FILE} does not export generateDataset`);
  return generator.generateDataset as GenerateDataset;
}

const BUNDLED_FILE = 'public/data/dialogue-dataset.json';

/** The bundled file's text, or the generator's dataset (seed 1) at `scale` as JSON. */
export async function benchDatasetText(scale: number | 'bundled'): Promise<string> {
  if (scale === 'bundled') return readFileSync(BUNDLED_FILE, 'utf8');
  const generateDataset = await loadGenerator();
  return JSON.stringify(generateDataset({ seed: 1, scale }));
}
