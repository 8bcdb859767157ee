export const PARTS = ['sizes', 'lighthouse', 'interactions', 'pipeline', 'export'] as const;
export type Part = (typeof PARTS)[number];

export type BenchOptions = {
  /** One Lighthouse run, fewer interactions and pipeline repeats: for iterating, not for reporting. */
  quick: boolean;
  /** The parts to run, in report order. */
  parts: Part[];
  /** Skip `vite build` and measure the existing dist/. */
  build: boolean;
  lighthouseRuns: number;
  /** Measured interactions per scenario (after the warm-up ones). */
  interactions: number;
  /** Wall-clock time box of one interaction scenario on the bundled / the 100× data, ms. */
  interactionBudgetMs: { bundled: number; big: number };
  /** How long the page may take to draw every chart with the bundled / the 100× data, ms. */
  loadTimeoutMs: { bundled: number; big: number };
  exportRuns: number;
  pipelineRepeats: number;
  pipelineScales: number[];
};

export const USAGE = `Usage: npm run bench -- [--quick] [--only=${PARTS.join(',')}] [--no-build]
  --quick      1 Lighthouse run, 6 interactions per scenario, 3 exports, scales up to 100×
  --only=…     run only these parts (comma-separated)
  --no-build   measure the existing dist/ instead of running vite build first`;

/** Parses the bench's command-line flags; throws an Error naming an unknown flag or part. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let build = true;
  let parts: Part[] = [...PARTS];
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg === '--no-build') build = false;
    else if (arg.startsWith('--only=')) {
      const names = arg
        .slice('--only='.length)
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
      if (unknown.length > 0 || names.length === 0)
        throw new Error(`--only: unknown part ${unknown.join(', ') || '(none given)'}\n${USAGE}`);
      parts = PARTS.filter((part) => names.includes(part));
    } else throw new Error(`unknown flag ${arg}\n${USAGE}`);
  }
  return {
    quick,
    parts,
    build,
    lighthouseRuns: quick ? 1 : 5,
    interactions: quick ? 6 : 24,
    interactionBudgetMs: { bundled: 300_000, big: quick ? 60_000 : 180_000 },
    loadTimeoutMs: { bundled: 120_000, big: 900_000 },
    exportRuns: quick ? 3 : 5,
    pipelineRepeats: quick ? 3 : 7,
    pipelineScales: quick ? [1, 10, 100] : [1, 10, 100, 1000],
  };
}
