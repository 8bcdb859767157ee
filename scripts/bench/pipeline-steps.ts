// The timed data pipeline, shared by the Node runner (pipeline-run.ts) and the Chromium page
// (pipeline-page.ts): no Node APIs here, so the same code is measured in both engines.
import { buildDatasetIndex, type LoadedDataset } from '@/domain/dataset-index';
import type { Dataset } from '@/domain/schema';
import { validateDataset } from '@/domain/validate-dataset';
import { deriveAllSeries } from './derive-all';

export type PipelineStep = 'parse' | 'validate' | 'index' | 'derive' | 'total';
export type PipelineTiming = Record<PipelineStep, number>;

/** What repeated runs over one dataset text measured. */
export type PipelineRuns = {
  /** Items in every top-level array: sources, dialogues, topics, people, meetings, commitments, conflicts. */
  records: number;
  meetings: number;
  commitments: number;
  runs: PipelineTiming[];
  /** ms per dashboard section within "derive", per run. */
  sections: Record<string, number>[];
};

export type PipelineSample = PipelineRuns & { scale: number | 'bundled'; bytes: number };

export function countRecords(dataset: Dataset): number {
  return Object.values(dataset).reduce<number>(
    (sum, value) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
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
    const { length } = result.problems;
    const first = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    const count = `${length} problem${length === 1 ? '' : 's'}`;
    throw new Error(`the dataset is not valid (${count}):\n${first.join('\n')}`);
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

/**
 * Runs JSON.parse → validate → index → derive every series `repeats` times over the same text,
 * calling `collectGarbage` before each run so no run pays for the previous one's garbage.
 * `referenceDate` is the "today" of the stalled/overdue flags.
 */
export function runPipeline(
  text: string,
  repeats: number,
  referenceDate: string,
  collectGarbage: () => void,
): PipelineRuns {
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
  return {
    records: dataset ? countRecords(dataset) : 0,
    meetings: dataset?.meetings.length ?? 0,
    commitments: dataset?.commitments.length ?? 0,
    runs,
    sections,
  };
}
