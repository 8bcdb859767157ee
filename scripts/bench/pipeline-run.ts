// One data-pipeline measurement in a fresh process (spawned by pipeline.ts, one per scale) so each
// scale starts with a clean heap and its own JIT warm-up. Prints one JSON line: a PipelineSample.
// Usage: node --expose-gc --import tsx scripts/bench/pipeline-run.ts --scale=100 --repeats=7
//        (--scale=bundled times the bundled file instead of a generated dataset)
import { readFileSync } from 'node:fs';
import { buildDatasetIndex, type LoadedDataset } from '@/data/dataset-index';
import type { Dataset } from '@/data/schema';
import { validateDataset } from '@/data/validate-dataset';
import { deriveAllSeries } from './derive-all';
import { loadGenerator } from './generator';

export type PipelineStep = 'parse' | 'validate' | 'index' | 'derive' | 'total';
export type PipelineTiming = Record<PipelineStep, number>;
export type PipelineSample = {
  scale: number | 'bundled';
  /** Items in every top-level array: sources, dialogues, topics, people, meetings, commitments, conflicts. */
  records: number;
  meetings: number;
  commitments: number;
  bytes: number;
  runs: PipelineTiming[];
  /** ms per dashboard section within "derive", per run. */
  sections: Record<string, number>[];
};

const BUNDLED_FILE = 'public/data/dialogue-dataset.json';

function countRecords(dataset: Dataset): number {
  return Object.values(dataset).reduce<number>(
    (sum, value) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
}

async function datasetText(scale: number | 'bundled'): Promise<string> {
  if (scale === 'bundled') return readFileSync(BUNDLED_FILE, 'utf8');
  const generateDataset = await loadGenerator();
  return JSON.stringify(generateDataset({ seed: 1, scale }));
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timeOnce(
  text: string,
  referenceDate: string,
): { timing: PipelineTiming; dataset: Dataset; sections: Record<string, number> } {
  const t0 = performance.now();
  const raw: unknown = JSON.parse(text);
  const t1 = performance.now();
  const result = validateDataset(raw);
  const t2 = performance.now();
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(
      `the dataset is not valid (${result.problems.length} problems):\n${first.join('\n')}`,
    );
  }
  const loaded: LoadedDataset = { ...result.dataset, index: buildDatasetIndex(result.dataset) };
  const t3 = performance.now();
  const derived = deriveAllSeries(loaded, referenceDate);
  const t4 = performance.now();
  return {
    timing: { parse: t1 - t0, validate: t2 - t1, index: t3 - t2, derive: t4 - t3, total: t4 - t0 },
    dataset: result.dataset,
    sections: derived.sections,
  };
}

async function main(): Promise<void> {
  const args = new Map(
    process.argv.slice(2).map((arg) => {
      const [key = '', value = ''] = arg.replace(/^--/, '').split('=');
      return [key, value] as const;
    }),
  );
  const scaleArg = args.get('scale') ?? 'bundled';
  const scale = scaleArg === 'bundled' ? 'bundled' : Number(scaleArg);
  const repeats = Number(args.get('repeats') ?? '5');
  if (scale !== 'bundled' && !(scale > 0)) throw new Error(`bad --scale=${scaleArg}`);

  const text = await datasetText(scale);
  const referenceDate = new Date().toISOString().slice(0, 10);
  const runs: PipelineTiming[] = [];
  const sections: Record<string, number>[] = [];
  let dataset: Dataset | undefined;
  for (let run = 0; run < repeats; run += 1) {
    collectGarbage();
    const measured = timeOnce(text, referenceDate);
    runs.push(measured.timing);
    sections.push(measured.sections);
    dataset = measured.dataset;
  }
  const sample: PipelineSample = {
    scale,
    records: dataset ? countRecords(dataset) : 0,
    meetings: dataset?.meetings.length ?? 0,
    commitments: dataset?.commitments.length ?? 0,
    bytes: Buffer.byteLength(text),
    runs,
    sections,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
