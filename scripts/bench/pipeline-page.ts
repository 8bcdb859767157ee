// The script of the page that times the data pipeline in Chromium; pipeline-chromium.ts bundles it
// with Vite, as the app's own code is bundled, and calls `__pipelineBench` once per page.
import { runPipeline, type PipelineRuns } from './pipeline-steps';

export type PipelinePageRequest = { dataUrl: string; repeats: number; referenceDate: string };
export type PipelinePageWindow = {
  __pipelineBench: (request: PipelinePageRequest) => Promise<PipelineRuns>;
};

(globalThis as unknown as PipelinePageWindow).__pipelineBench = async ({
  dataUrl,
  repeats,
  referenceDate,
}) => {
  // Without it each run would also pay for collecting the previous run's garbage.
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error('gc() is not exposed: start Chromium with --js-flags=--expose-gc');
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
  const text = await response.text();
  return runPipeline(text, repeats, referenceDate, gc);
};
