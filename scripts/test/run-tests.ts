// `npm test`: every check, in the stages of test-stages.ts. Each step's output is printed whole
// when it ends (not interleaved), then a summary with each step's time.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { STAGES, runStages, summarize, type Step, type StepResult } from './test-stages.ts';

function runStep({ name, command }: Step): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (ok: boolean, extra = '') =>
      resolve({
        name,
        ok,
        seconds: (performance.now() - started) / 1000,
        output: Buffer.concat(chunks).toString('utf8') + extra,
      });
    child.on('error', (error) => finish(false, `\n${error.message}\n`));
    child.on('close', (code, signal) =>
      finish(code === 0, code === 0 ? '' : `\n${command} exited with ${code ?? signal}\n`),
    );
  });
}

const started = performance.now();
console.log(`Running ${STAGES.flat().length} checks in ${STAGES.length} stages…`);
const results = await runStages(STAGES, runStep, (result) => {
  const verdict = result.ok ? 'passed' : 'FAILED';
  console.log(`\n━━ ${result.name}: ${verdict} in ${result.seconds.toFixed(0)} s ━━`);
  process.stdout.write(result.output);
});
const failed = results.filter((result) => !result.ok);
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\n${summarize(STAGES, results)}`);
console.log(
  failed.length === 0
    ? `\nEvery check passed in ${minutes} min.`
    : `\n${failed.map((result) => result.name).join(', ')} FAILED (${minutes} min).`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
