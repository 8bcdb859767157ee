import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GENERATOR_FILE } from './generator';
import type { PipelineSample, PipelineStep } from './pipeline-run';
import { median } from './stats';

export type { PipelineSample, PipelineStep } from './pipeline-run';

/** One scale's medians per step, and the ms per 1,000 records of the median total. */
export type PipelineResult = PipelineSample & {
  median: Record<PipelineStep, number>;
  /** Median ms of each dashboard section within "derive". */
  sectionMedians: Record<string, number>;
  msPer1kRecords: number;
};

export type PipelineReport = { results: PipelineResult[]; errors: string[] };

const STEPS: readonly PipelineStep[] = ['parse', 'validate', 'index', 'derive', 'total'];

// A scale may take long on a slow machine (1000× once took 8 minutes here; about 3 s in November
// 2026); beyond this it is stopped.
const SCALE_TIMEOUT_MS = 45 * 60_000;

function runScale(scale: number | 'bundled', repeats: number): Promise<PipelineSample> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=16384',
        '--import',
        'tsx',
        'scripts/bench/pipeline-run.ts',
        `--scale=${scale}`,
        `--repeats=${repeats}`,
      ],
      {
        env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
        stdio: 'pipe',
        timeout: SCALE_TIMEOUT_MS,
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as PipelineSample);
      else if (child.killed)
        reject(
          new Error(`pipeline at ${scale}×: stopped after ${SCALE_TIMEOUT_MS / 60_000} minutes`),
        );
      else reject(new Error(`pipeline at ${scale}×: ${err.trim() || `exit code ${code}`}`));
    });
  });
}

function summarize(sample: PipelineSample): PipelineResult {
  const medians = Object.fromEntries(
    STEPS.map((step) => [step, median(sample.runs.map((run) => run[step]))]),
  ) as Record<PipelineStep, number>;
  const names = Object.keys(sample.sections[0] ?? {});
  const sectionMedians = Object.fromEntries(
    names.map((name) => [name, median(sample.sections.map((run) => run[name] ?? Number.NaN))]),
  );
  return {
    ...sample,
    median: medians,
    sectionMedians,
    msPer1kRecords: sample.records > 0 ? (medians.total / sample.records) * 1000 : Number.NaN,
  };
}

/**
 * Times JSON.parse → validate → index → derive every section's series, in a fresh Node process per
 * scale: the bundled file, then the generator's dataset at each scale (seed 1). Scales of 1000× and
 * more run once (each run is 10 times the 100× one). A scale that fails is reported in `errors`;
 * the others run.
 */
export async function measurePipeline(
  scales: readonly number[],
  repeats: number,
  log: (line: string) => void,
): Promise<PipelineReport> {
  const results: PipelineResult[] = [];
  const errors: string[] = [];
  const plan: (number | 'bundled')[] = ['bundled'];
  if (existsSync(GENERATOR_FILE)) plan.push(...scales);
  else errors.push(`${GENERATOR_FILE} not found: only the bundled file was timed`);
  for (const scale of plan) {
    const runs = typeof scale === 'number' && scale >= 1000 ? 1 : repeats;
    log(`pipeline: ${scale === 'bundled' ? 'bundled file' : `${scale}×`}, ${runs} runs…`);
    try {
      results.push(summarize(await runScale(scale, runs)));
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { results, errors };
}
