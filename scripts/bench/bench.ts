// `npm run bench`: builds the app, then measures build size, Lighthouse, interaction latency, the
// data pipeline and PNG export, prints one table with the budgets of issue #6, and writes
// bench-results/latest.json plus a timestamped copy. Exits 0 even when budgets are missed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { overallVerdict, summarizeChecks, verdictMark } from './budgets';
import { launchChromium } from './browser';
import { measureExport, type ExportResult } from './export-time';
import { loadGenerator } from './generator';
import { KIND_LABELS, measureInteractions, type InteractionResult } from './interactions';
import { medianPhases } from './event-timing';
import { runLighthouse, type LighthouseReport } from './lighthouse';
import { describeMachine, type MachineInfo } from './machine';
import { parseOptions, type BenchOptions, type Part } from './options';
import { measurePipeline, runScaleInNode, type PipelineReport } from './pipeline';
import { openChromiumPipeline } from './pipeline-chromium';
import { buildReport, TABLE_HEADER, type BenchResults } from './report';
import { serveBuild, snapshotDir, type Served } from './serve';
import { groupFiles, type SizedFile, type SizeSummary } from './size-summary';
import { measureLoadedJs } from './loaded-js';
import { DATA_PATH, measureSizes } from './sizes';
import { formatMs, formatTable } from './table';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RESULTS_DIR = 'bench-results';
const SERVED_PARTS: readonly Part[] = ['sizes', 'lighthouse', 'interactions', 'export'];

/** Progress goes to stderr so stdout carries only the report. */
const log = (line: string) => process.stderr.write(`· ${line}\n`);

type FullResults = {
  sizes?: SizeSummary & { files: SizedFile[] };
  lighthouse?: Omit<LighthouseReport, 'medianLhr' | 'medianHtml'>;
  interactions?: InteractionResult[];
  pipelines?: PipelineReport[];
  export?: ExportResult;
};

function build(): void {
  log('building: npx vite build …');
  const run = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8', stdio: 'pipe' });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`);
    throw new Error(
      'vite build failed; fix the build or pass --no-build to measure the existing dist/',
    );
  }
}

/** A copy of the build whose dataset is the generator's 100× one, served from its own origin. */
async function serveBigCopy(
  distDir: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<Served | null> {
  try {
    const generateDataset = await loadGenerator();
    const copy = snapshotDir(distDir, 'big');
    cleanups.push(copy.dispose);
    log('interactions: writing the 100× dataset into a copy of the build…');
    writeFileSync(
      join(copy.dir, DATA_PATH),
      JSON.stringify(generateDataset({ seed: 1, scale: 100 })),
    );
    const served = await serveBuild(copy.dir, log);
    cleanups.push(served.close);
    return served;
  } catch (error) {
    log(
      `interactions: no 100× data run (${error instanceof Error ? error.message : String(error)})`,
    );
    return null;
  }
}

async function measureInBrowser(
  options: BenchOptions,
  distDir: string,
  results: FullResults,
  cleanups: (() => Promise<void> | void)[],
): Promise<{ lhr: unknown; html: string }> {
  const served = await serveBuild(distDir, log);
  cleanups.push(served.close);
  log(`serving the build at ${served.url}`);
  let lighthouseReport: { lhr: unknown; html: string } = { lhr: null, html: '' };
  if (options.parts.includes('lighthouse')) {
    const { medianLhr, medianHtml, ...report } = await runLighthouse(
      served.url,
      options.lighthouseRuns,
      CHROME_PATH,
      log,
    );
    results.lighthouse = report;
    lighthouseReport = { lhr: medianLhr, html: medianHtml };
  }
  const browser: Browser = await launchChromium(CHROME_PATH);
  cleanups.push(() => browser.close());
  if (results.sizes) {
    const loaded = await measureLoadedJs(browser, served.url);
    results.sizes.loadedJs = groupFiles(results.sizes.files, loaded);
    log(`sizes: ${loaded.length} JS files fetched on load`);
  }
  if (options.parts.includes('interactions')) {
    const big = await serveBigCopy(distDir, cleanups);
    results.interactions = await measureInteractions(
      browser,
      served.url,
      big?.url ?? null,
      {
        bundled: {
          warmUp: 2,
          count: options.interactions,
          scenarioBudgetMs: options.interactionBudgetMs.bundled,
          loadTimeoutMs: options.loadTimeoutMs.bundled,
        },
        big: {
          // With 100× data one interaction can take minutes; every one is measured.
          warmUp: 0,
          count: options.interactions,
          scenarioBudgetMs: options.interactionBudgetMs.big,
          loadTimeoutMs: options.loadTimeoutMs.big,
        },
      },
      log,
    );
  }
  if (options.parts.includes('export'))
    results.export = await measureExport(browser, served.url, options.exportRuns, log);
  return lighthouseReport;
}

/**
 * The data pipeline in Chromium, the engine that runs it in the app (its 100× figure carries the
 * budget), then in Node, as earlier benches measured it.
 */
async function measurePipelines(options: BenchOptions): Promise<PipelineReport[]> {
  const { pipelineScales: scales, pipelineRepeats: repeats } = options;
  const reports: PipelineReport[] = [];
  try {
    const browser = await openChromiumPipeline(CHROME_PATH);
    try {
      const engine = {
        name: 'chromium' as const,
        version: browser.version,
        runScale: browser.runScale,
      };
      reports.push(await measurePipeline(engine, scales, repeats, log));
    } finally {
      await browser.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reports.push({
      engine: 'chromium',
      engineVersion: 'Chromium',
      results: [],
      errors: [`pipeline in Chromium: ${message}`],
    });
  }
  const node = `Node ${process.versions.node} (V8 ${process.versions.v8})`;
  reports.push(
    await measurePipeline(
      { name: 'node', version: node, runScale: runScaleInNode },
      scales,
      repeats,
      log,
    ),
  );
  return reports;
}

function printReport(machine: MachineInfo, options: BenchOptions, results: FullResults): string {
  const { lines, checks } = buildReport(results as BenchResults);
  const summary = summarizeChecks(checks);
  const out = [
    `Dialogue Tracker benchmark — ${new Date().toISOString()}${options.quick ? ' (--quick: not for reporting)' : ''}`,
    `Commit ${machine.commit} · ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM · ${machine.os}`,
    `Node ${machine.node} · ${machine.chromium} · Lighthouse ${machine.lighthouse} · Playwright ${machine.playwright} · load average at start ${machine.loadAtStart}`,
    '',
    formatTable(TABLE_HEADER, lines, ['left', 'right', 'left', 'left', 'left']),
    '',
    `${verdictMark(overallVerdict(checks))} ${summary}`,
  ];
  const diagnostics = results.lighthouse?.diagnostics;
  if (diagnostics) {
    out.push('', 'Lighthouse diagnostics (median run):');
    out.push(`  LCP element: ${diagnostics.lcpElement}`);
    if (diagnostics.lcpPhases.length > 0)
      out.push(`  LCP phases: ${diagnostics.lcpPhases.join(' · ')}`);
    if (diagnostics.longTasks.length > 0)
      out.push(`  Long tasks: ${diagnostics.longTasks.join(' · ')}`);
    if (diagnostics.renderBlocking.length > 0)
      out.push(`  Render-blocking: ${diagnostics.renderBlocking.join(' · ')}`);
    if (diagnostics.bootup.length > 0)
      out.push(`  JS execution: ${diagnostics.bootup.join(' · ')}`);
    if (diagnostics.mainThread.length > 0)
      out.push(`  Main-thread work: ${diagnostics.mainThread.join(' · ')}`);
    for (const audit of diagnostics.failing)
      out.push(`  ✖ ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    for (const warning of diagnostics.warnings) out.push(`  warning: ${warning}`);
  }
  const phased = (results.interactions ?? []).filter((result) => result.phases.some(Boolean));
  if (phased.length > 0) {
    out.push(
      '',
      'Where interaction time goes (medians; handlers include React renders run inside them):',
    );
    for (const result of phased) {
      const phases = medianPhases(result.phases);
      out.push(
        `  ${KIND_LABELS[result.kind]}, ${result.cpu}× CPU, ${result.data} data: input delay ${formatMs(phases.inputDelay)} · handlers ${formatMs(phases.processing)} · to next paint ${formatMs(phases.presentation)}`,
      );
    }
  }
  const errors = [
    ...(results.lighthouse?.errors ?? []),
    ...(results.pipelines ?? []).flatMap((report) => report.errors),
  ];
  if (errors.length > 0) out.push('', 'Problems:', ...errors.map((error) => `  ${error}`));
  process.stdout.write(`${out.join('\n')}\n`);
  return summary;
}

function writeResults(
  machine: MachineInfo,
  options: BenchOptions,
  results: FullResults,
  summary: string,
  lighthouse: { lhr: unknown; html: string },
): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const date = new Date().toISOString();
  const stamp = date.replace(/[:.]/g, '-');
  const body = `${JSON.stringify({ date, machine, options, summary, results }, null, 2)}\n`;
  writeFileSync(join(RESULTS_DIR, 'latest.json'), body);
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.json`), body);
  if (lighthouse.lhr) {
    writeFileSync(join(RESULTS_DIR, 'lighthouse-latest.json'), JSON.stringify(lighthouse.lhr));
    writeFileSync(join(RESULTS_DIR, 'lighthouse-latest.html'), lighthouse.html);
  }
  log(`wrote ${RESULTS_DIR}/latest.json and ${RESULTS_DIR}/bench-${stamp}.json`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = describeMachine(CHROME_PATH);
  const results: FullResults = {};
  const cleanups: (() => Promise<void> | void)[] = [];
  let lighthouse: { lhr: unknown; html: string } = { lhr: null, html: '' };
  try {
    const needsBuild = options.parts.some((part) => SERVED_PARTS.includes(part));
    if (needsBuild) {
      if (options.build) build();
      // Measure a private copy: other work may rebuild dist/ while the bench runs.
      const snapshot = snapshotDir('dist', 'dist');
      cleanups.push(snapshot.dispose);
      if (options.parts.includes('sizes')) {
        const { summary, files } = measureSizes(snapshot.dir);
        results.sizes = { ...summary, files };
        log(`sizes: initial JS ${summary.initialJs.gzip} bytes gzip`);
      }
      lighthouse = await measureInBrowser(options, snapshot.dir, results, cleanups);
    }
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    if (options.parts.includes('pipeline')) results.pipelines = await measurePipelines(options);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
  const summary = printReport(machine, options, results);
  writeResults(machine, options, results, summary, lighthouse);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
