import { BUDGETS, checkBudget, verdictMark, type Budget, type BudgetCheck } from './budgets';
import type { LatencySummary } from './event-timing';
import type { SizeGroup, SizeSummary } from './size-summary';
import type { Spread } from './stats';
import {
  formatCls,
  formatCount,
  formatKb,
  formatMs,
  formatRange,
  type Formatter,
  type TableLine,
} from './table';

export type LighthouseMetric = 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'si';
type Step = 'parse' | 'validate' | 'index' | 'derive' | 'total';

/** What each part of the bench measured; a part that was not run is absent. */
export type BenchResults = {
  sizes?: SizeSummary;
  lighthouse?: { runs: readonly unknown[]; stats: Record<LighthouseMetric, Spread> };
  interactions?: readonly {
    kind: 'topic' | 'year' | 'detail';
    cpu: number;
    data: string;
    summary: LatencySummary;
    /** Set when a time box stopped an interaction midway: its lower bound, included in `summary`. */
    unfinishedMs?: number;
    loadMs: number;
    error?: string;
  }[];
  /** The data pipeline in each engine that ran it; the budget applies to Chromium's, the app's. */
  pipelines?: readonly {
    engine: 'chromium' | 'node';
    engineVersion: string;
    results: readonly {
      scale: number | 'bundled';
      records: number;
      median: Record<Step, number>;
      sectionMedians?: Record<string, number>;
      runs: readonly { total: number }[];
      msPer1kRecords: number;
    }[];
  }[];
  export?: {
    chart: string;
    marks: number;
    times: readonly number[];
    stats: Spread;
    error?: string;
  };
};

export const TABLE_HEADER = ['Measure', 'Value', 'Detail', 'Budget', ''] as const;

const KIND_LABELS = {
  topic: 'Topic filter change',
  year: 'Year filter change',
  detail: "Open a meeting's detail",
} as const;

type Builder = { lines: TableLine[]; checks: BudgetCheck[] };

function row(
  out: Builder,
  measure: string,
  value: string,
  detail: string,
  budget?: { budget: Budget; value: number | undefined; name: string },
): void {
  if (!budget) {
    out.lines.push({ kind: 'row', cells: [measure, value, detail, '', ''] });
    return;
  }
  const verdict = checkBudget(budget.budget, budget.value);
  out.checks.push({ name: budget.name, verdict });
  out.lines.push({
    kind: 'row',
    cells: [measure, value, detail, budget.budget.label, verdictMark(verdict)],
  });
}

function sizeRows(out: Builder, sizes: SizeSummary): void {
  out.lines.push({ kind: 'section', title: 'Build size (gzip -9; 1 kB = 1,000 bytes)' });
  const detail = (group: SizeGroup) =>
    `${formatKb(group.raw)} raw, ${group.files.length} file${group.files.length === 1 ? '' : 's'}`;
  row(
    out,
    'Initial JS (entry + static imports + preloads)',
    formatKb(sizes.initialJs.gzip),
    detail(sizes.initialJs),
    {
      budget: BUDGETS.initialJs,
      value: sizes.initialJs.files.length > 0 ? sizes.initialJs.gzip : undefined,
      name: 'initial JS',
    },
  );
  if (sizes.loadedJs) {
    row(
      out,
      'JS fetched on load (1280×720, no scrolling)',
      formatKb(sizes.loadedJs.gzip),
      detail(sizes.loadedJs),
      {
        budget: BUDGETS.initialJs,
        value: sizes.loadedJs.files.length > 0 ? sizes.loadedJs.gzip : undefined,
        name: 'JS on load',
      },
    );
  }
  row(out, 'All JS', formatKb(sizes.allJs.gzip), detail(sizes.allJs));
  row(out, 'CSS', formatKb(sizes.css.gzip), detail(sizes.css));
  row(out, 'Bundled dataset', formatKb(sizes.data.gzip), detail(sizes.data));
  row(out, 'HTML', formatKb(sizes.html.gzip), detail(sizes.html));
}

function lighthouseRows(out: Builder, lighthouse: NonNullable<BenchResults['lighthouse']>): void {
  const runs = lighthouse.runs.length;
  out.lines.push({
    kind: 'section',
    title: `Lighthouse, mobile preset, simulated throttling (median of ${runs} run${runs === 1 ? '' : 's'}; min–max)`,
  });
  const metrics: [LighthouseMetric, string, Formatter, Budget | undefined, string][] = [
    ['score', 'Performance score', formatCount, BUDGETS.lighthouseScore, 'Lighthouse score'],
    ['fcp', 'First Contentful Paint', formatMs, undefined, 'FCP'],
    ['lcp', 'Largest Contentful Paint', formatMs, BUDGETS.lcp, 'LCP'],
    ['tbt', 'Total Blocking Time', formatMs, BUDGETS.tbt, 'TBT'],
    ['cls', 'Cumulative Layout Shift', formatCls, BUDGETS.cls, 'CLS'],
    ['si', 'Speed Index', formatMs, undefined, 'Speed Index'],
  ];
  for (const [key, label, format, budget, name] of metrics) {
    const stat = lighthouse.stats[key];
    row(
      out,
      label,
      format(stat.median),
      formatRange(stat.min, stat.max, format),
      budget && { budget, value: stat.median, name },
    );
  }
}

function interactionBudget(kind: string, cpu: number, data: string): Budget | undefined {
  if (kind === 'detail') return undefined;
  if (data !== 'bundled') return cpu === 1 ? BUDGETS.filterP95At100xData : undefined;
  return cpu === 1 ? BUDGETS.filterP95At1x : cpu === 4 ? BUDGETS.filterP95At4x : undefined;
}

function interactionRows(out: Builder, results: NonNullable<BenchResults['interactions']>): void {
  out.lines.push({
    kind: 'section',
    title:
      'Interaction latency, Event Timing duration per interaction (Chromium, desktop viewport)',
  });
  for (const result of results) {
    const { summary } = result;
    const data = result.data === 'bundled' ? 'bundled data' : `${result.data} data`;
    const measure = `${KIND_LABELS[result.kind]}, ${result.cpu}× CPU, ${data}`;
    const below = summary.belowThreshold > 0 ? `, ${summary.belowThreshold} < 16 ms` : '';
    const load = result.data === 'bundled' ? '' : `; page drawn in ${formatMs(result.loadMs)}`;
    const unfinished = result.unfinishedMs;
    const bound = unfinished === undefined ? '' : '≥ ';
    const note = result.error ? `; ${result.error}` : '';
    let value = `p95 ${formatMs(summary.p95)}`;
    let detail = `p50 ${formatMs(summary.p50)}, max ${formatMs(summary.max)}, n=${summary.n}${below}${note}${load}`;
    let checked: number | undefined = summary.n > 0 ? summary.p95 : undefined;
    if (summary.n > 0 && unfinished !== undefined) {
      value = `p95 ≥ ${formatMs(summary.p95)}`;
      detail = `p50 ${bound}${formatMs(summary.p50)}, max ${bound}${formatMs(summary.max)}, n=${summary.n}; the last one unfinished, counted as its ${formatMs(unfinished)} so far${note}${load}`;
    } else if (summary.n === 0 && unfinished !== undefined) {
      // The page did not respond at all: any click in that time waits at least this long.
      value = `> ${formatMs(unfinished)}`;
      detail = `nothing measured${note}${load}`;
      checked = unfinished;
    } else if (summary.n === 0) {
      value = '–';
      detail = `not measured${note}${load}`;
    }
    const budget = interactionBudget(result.kind, result.cpu, result.data);
    row(
      out,
      measure,
      value,
      detail,
      budget && {
        budget,
        value: checked,
        name: `${result.kind} p95 ${result.cpu}×${result.data === 'bundled' ? '' : ` ${result.data} data`}`,
      },
    );
  }
  if (!results.some((result) => result.data !== 'bundled')) {
    row(out, 'Topic and year filter change, 1× CPU, 100× data', '–', 'not measured', {
      budget: BUDGETS.filterP95At100xData,
      value: undefined,
      name: 'filter p95 1× 100× data',
    });
  }
}

type PipelineReport = NonNullable<BenchResults['pipelines']>[number];

const PIPELINE_BUDGET_NAME = 'pipeline 100×';

function pipelineTitle(report: PipelineReport): string {
  const steps = 'parse → validate → index → derive every series (median; first run in detail)';
  return report.engine === 'chromium'
    ? `Data pipeline in ${report.engineVersion}, the app's engine: ${steps}`
    : `Data pipeline in ${report.engineVersion}, for comparison only (no budget): ${steps}`;
}

function pipelineRows(out: Builder, report: PipelineReport): void {
  out.lines.push({ kind: 'section', title: pipelineTitle(report) });
  for (const result of report.results) {
    const { median } = result;
    const label =
      result.scale === 'bundled'
        ? `Bundled file (${formatCount(result.records)} records)`
        : `Generated ${result.scale}× (${formatCount(result.records)} records)`;
    const slowest = Object.entries(result.sectionMedians ?? {}).toSorted((a, b) => b[1] - a[1])[0];
    const first = result.runs[0];
    const detail =
      `parse ${formatMs(median.parse, false)} · validate ${formatMs(median.validate, false)} · ` +
      `index ${formatMs(median.index, false)} · derive ${formatMs(median.derive)}` +
      (slowest ? ` (${slowest[0]} ${formatMs(slowest[1])})` : '') +
      `; ${formatMs(result.msPer1kRecords)}/1k records` +
      (result.runs.length === 1 ? '; 1 run' : first ? `; first ${formatMs(first.total)}` : '');
    const budgeted = report.engine === 'chromium' && result.scale === 100;
    row(
      out,
      label,
      formatMs(median.total),
      detail,
      budgeted
        ? { budget: BUDGETS.pipelineAt100x, value: median.total, name: PIPELINE_BUDGET_NAME }
        : undefined,
    );
  }
}

/** The pipeline in every engine that ran it, and the 100× budget as not measured if Chromium's is missing. */
function pipelineSections(out: Builder, reports: readonly PipelineReport[]): void {
  for (const report of reports) pipelineRows(out, report);
  const measured = reports.some(
    (report) =>
      report.engine === 'chromium' && report.results.some((result) => result.scale === 100),
  );
  if (!measured) {
    row(out, 'Generated 100× in Chromium', '–', 'not measured', {
      budget: BUDGETS.pipelineAt100x,
      value: undefined,
      name: PIPELINE_BUDGET_NAME,
    });
  }
}

function exportRows(out: Builder, result: NonNullable<BenchResults['export']>): void {
  out.lines.push({ kind: 'section', title: 'PNG export, click → download event (Chromium)' });
  const first = result.times[0];
  row(
    out,
    `"${result.chart}" (${formatCount(result.marks)} marks)`,
    formatMs(result.stats.median),
    result.error
      ? `error: ${result.error}`
      : `${formatRange(result.stats.min, result.stats.max, formatMs)}, n=${result.stats.n}, first ${formatMs(first ?? Number.NaN)}`,
  );
}

/** The report table's lines and every budget check, for whichever parts were measured. */
export function buildReport(results: BenchResults): { lines: TableLine[]; checks: BudgetCheck[] } {
  const out: Builder = { lines: [], checks: [] };
  if (results.sizes) sizeRows(out, results.sizes);
  if (results.lighthouse) lighthouseRows(out, results.lighthouse);
  if (results.interactions) interactionRows(out, results.interactions);
  if (results.pipelines) pipelineSections(out, results.pipelines);
  if (results.export) exportRows(out, results.export);
  return out;
}
