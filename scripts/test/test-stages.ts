// `npm test`'s steps, in stages. The steps of a stage run side by side: each is one process, most of
// them single-threaded, so on a 2-core machine with another process keeping a core busy they get
// more of the machine together than in turn. A stage starts when the one before it has passed.

export type Step = { name: string; command: string };
export type StepResult = { name: string; ok: boolean; seconds: number; output: string };
export type RunStep = (step: Step) => Promise<StepResult>;

export const STAGES: readonly (readonly Step[])[] = [
  [
    { name: 'unit and component tests', command: 'npm run test:unit' },
    { name: 'typecheck', command: 'npm run typecheck' },
    { name: 'lint', command: 'npm run lint' },
    { name: 'format', command: 'npm run format:check' },
    { name: 'bundled dataset', command: 'npm run data:check' },
    // `npm run build` is `tsc -b && vite build`; the typecheck step beside it is that `tsc -b`.
    { name: 'build', command: 'npx vite build' },
  ],
  [
    { name: 'feed', command: 'npm run feed:check' },
    { name: 'bundle size', command: 'npm run size' },
  ],
  [{ name: 'end-to-end tests', command: 'npm run test:e2e' }],
];

/**
 * Runs the stages in order, the steps of each side by side, and reports each step as it ends
 * (`onResult`). Stops after the first stage with a failed step: the results hold only steps that ran.
 */
export async function runStages(
  stages: readonly (readonly Step[])[],
  runStep: RunStep,
  onResult: (result: StepResult) => void,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const stage of stages) {
    const ran = await Promise.all(
      stage.map(async (step) => {
        const result = await runStep(step);
        onResult(result);
        return result;
      }),
    );
    results.push(...ran);
    if (ran.some((result) => !result.ok)) break;
  }
  return results;
}

/** One line per step (passed or FAILED, seconds), then the steps never run because a stage failed. */
export function summarize(
  stages: readonly (readonly Step[])[],
  results: readonly StepResult[],
): string {
  const ran = new Map(results.map((result) => [result.name, result]));
  const lines = stages.flat().map((step) => {
    const result = ran.get(step.name);
    if (!result) return `  not run  ${step.name}`;
    return `  ${result.ok ? 'passed' : 'FAILED'.padEnd(6)} ${result.seconds.toFixed(0).padStart(4)} s  ${step.name}`;
  });
  return lines.join('\n');
}
