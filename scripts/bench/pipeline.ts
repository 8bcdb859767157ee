import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GENERATOR_FILE } from './generator';
import type { PipelineSample, PipelineStep } from './pipeline-steps';
import { median } from './stats';

export type { PipelineSample, PipelineStep } from './pipeline-steps';

/** One scale's medians per step, and the ms per 1,000 records of the median total. */
export type PipelineResult = PipelineSample & {
  median: Record<PipelineStep, number>;
  /** Median ms of each dashboard section within "derive". */
  sectionMedians: Record<string, number>;
  msPer1kRecords: number;
};

/** Which JavaScript engine ran the pipeline: the app's (Chromium) or the scripts' (Node). */
export type PipelineEngine = 'chromium' | 'node';

export type PipelineReport = {
  engine: PipelineEngine;
  /** The engine's name and version, e.g. "Node 20.20.2 (V8 11.3.244.8-node.33)". */
  engineVersion: string;
  results: PipelineResult[];
  errors: string[];
};

/** Times one scale with a fresh heap and JIT: a new Node process, or a new Chromium renderer. */
export type ScaleRunner = (scale: number | 'bundled', repeats: number) => Promise<PipelineSample>;

const STEPS: readonly PipelineStep[] = ['parse', 'validate', 'index', 'derive', 'total'];

// A scale may take long on a slow machine (1000× once took 8 minutes here; about 3 s in November
// 2026); beyond this it is stopped.
export const SCALE_TIMEOUT_MS = 45 * 60_000;

/** Runs pipeline-run.ts in a fresh Node process for one scale. */
export const runScaleInNode: ScaleRunner = (scale, repeats) =>
  new Promise((resolve, reject) => {
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
        reject(new Error(`stopped after ${SCALE_TIMEOUT_MS / 60_000} minutes`));
      else reject(new Error(err.trim() || `exit code ${code}`));
    });
  });

/** The medians of a sample's runs, per step and per section, and its cost per 1,000 records. */
export function summarizeSample(sample: PipelineSample): PipelineResult {
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
 * Times JSON.parse → validate → index → derive every section's series with `runScale`: the bundled
 * file, then the generator's dataset at each scale (seed 1). Scales of 1000× and more run once
 * (each run is 10 times the 100× one). A scale that fails is reported in `errors`; the others run.
 */
export async function measurePipeline(
  engine: { name: PipelineEngine; version: string; runScale: ScaleRunner },
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
    const label = scale === 'bundled' ? 'bundled file' : `${scale}×`;
    log(`pipeline in ${engine.name}: ${label}, ${runs} runs…`);
    try {
      results.push(summarizeSample(await engine.runScale(scale, runs)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`pipeline in ${engine.name} at ${label}: ${message}`);
    }
  }
  return { engine: engine.name, engineVersion: engine.version, results, errors };
}
