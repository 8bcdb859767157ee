// One data-pipeline measurement in a fresh process (spawned by pipeline.ts, one per scale) so each
// scale starts with a clean heap and its own JIT warm-up. Prints one JSON line: a PipelineSample.
// Usage: node --expose-gc --import tsx scripts/bench/pipeline-run.ts --scale=100 --repeats=7
//        (--scale=bundled times the bundled file instead of a generated dataset)
import { benchDatasetText } from './generator';
import { runPipeline, type PipelineSample } from './pipeline-steps';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
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

  const text = await benchDatasetText(scale);
  const referenceDate = new Date().toISOString().slice(0, 10);
  const sample: PipelineSample = {
    scale,
    bytes: Buffer.byteLength(text),
    ...runPipeline(text, repeats, referenceDate, collectGarbage),
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
