import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport } from 'lighthouse';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { indexOfMedian, spread, type Spread } from './stats';

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export type LighthouseMetric = 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'si';
export type LighthouseRun = Record<LighthouseMetric, number>;

/** One failing or informative performance audit, as the report shows it. */
export type AuditNote = { id: string; title: string; score: number | null; displayValue: string };

export type LighthouseDiagnostics = {
  lcpElement: string;
  lcpPhases: string[];
  longTasks: string[];
  renderBlocking: string[];
  bootup: string[];
  mainThread: string[];
  /** Performance audits scoring below 0.9, worst first. */
  failing: AuditNote[];
  warnings: string[];
};

export type LighthouseReport = {
  runs: LighthouseRun[];
  stats: Record<LighthouseMetric, Spread>;
  diagnostics: LighthouseDiagnostics | null;
  /** The median run's full result and HTML report, for bench-results/. */
  medianLhr: unknown;
  medianHtml: string;
  errors: string[];
};

const METRIC_AUDITS: Record<Exclude<LighthouseMetric, 'score'>, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

// The part of a Lighthouse result this module reads; details are walked as untyped JSON.
type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: unknown;
};
type Lhr = {
  audits: Record<string, Audit>;
  categories: Record<string, { score: number | null; auditRefs: { id: string; group?: string }[] }>;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
};
type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows of a table/opportunity detail, or of every table inside a list detail. */
function tables(details: unknown): Row[][] {
  if (!isRow(details)) return [];
  if (details.type === 'list' && Array.isArray(details.items))
    return details.items.flatMap((item) => tables(item));
  return Array.isArray(details.items) ? [details.items.filter(isRow)] : [];
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(Math.round(value)) : '';
const ms = (value: unknown): string =>
  typeof value === 'number' ? `${Math.round(value).toLocaleString('en-US')} ms` : '?';
const shortUrl = (value: unknown): string => text(value).replace(/^https?:\/\/[^/]+/, '') || '?';

function diagnose(lhr: Lhr): LighthouseDiagnostics {
  const audit = (id: string): Audit | undefined => lhr.audits[id];
  const [lcpNodes = [], lcpPhases = []] = tables(
    audit('largest-contentful-paint-element')?.details,
  );
  const node = lcpNodes[0]?.node;
  const lcpElement = isRow(node)
    ? `${text(node.nodeLabel)} — ${text(node.selector)} — ${text(node.snippet)}`
    : 'not found';
  const rows = (id: string) => tables(audit(id)?.details)[0] ?? [];
  const failing = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => audit(ref.id))
    .filter(
      (a): a is Audit =>
        a !== undefined &&
        a.score !== null &&
        a.score < 0.9 &&
        !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
    )
    .toSorted((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '' }));
  return {
    lcpElement,
    lcpPhases: lcpPhases.map((row) => `${text(row.phase)} ${ms(row.timing)}`),
    longTasks: rows('long-tasks')
      .slice(0, 5)
      .map((row) => `${shortUrl(row.url)} ${ms(row.duration)} at ${ms(row.startTime)}`),
    renderBlocking: [...rows('render-blocking-resources'), ...rows('render-blocking-insight')]
      .filter((row, index, all) => all.findIndex((other) => other.url === row.url) === index)
      .map(
        (row) => `${shortUrl(row.url)}${row.wastedMs === undefined ? '' : ` ${ms(row.wastedMs)}`}`,
      ),
    bootup: rows('bootup-time')
      .slice(0, 4)
      .map((row) => `${shortUrl(row.url)} ${ms(row.total)} (scripting ${ms(row.scripting)})`),
    mainThread: rows('mainthread-work-breakdown')
      .slice(0, 5)
      .map((row) => `${text(row.groupLabel) || text(row.group)} ${ms(row.duration)}`),
    failing,
    warnings: lhr.runWarnings,
  };
}

function metricsOf(lhr: Lhr): LighthouseRun {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
    fcp: value(METRIC_AUDITS.fcp),
    lcp: value(METRIC_AUDITS.lcp),
    tbt: value(METRIC_AUDITS.tbt),
    cls: value(METRIC_AUDITS.cls),
    si: value(METRIC_AUDITS.si),
  };
}

/**
 * Runs Lighthouse's default (mobile, simulated throttling) performance audit `runs` times against
 * `url`, each in a freshly launched Chromium, and returns every run, the median and range of each
 * metric, and the diagnostics of the run with the median score.
 */
export async function runLighthouse(
  url: string,
  runs: number,
  chromePath: string,
  log: (line: string) => void,
): Promise<LighthouseReport> {
  const results: { lhr: Lhr; raw: Parameters<typeof generateReport>[0] }[] = [];
  const errors: string[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const lhr = result.lhr as unknown as Lhr;
      if (lhr.runtimeError)
        throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      results.push({ lhr, raw: result.lhr });
      const m = metricsOf(lhr);
      log(
        `lighthouse ${run}/${runs}: score ${Math.round(m.score)}, LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms`,
      );
    } catch (error) {
      errors.push(`run ${run}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      chrome.kill();
    }
  }
  const metrics = results.map((result) => metricsOf(result.lhr));
  const keys: LighthouseMetric[] = ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si'];
  const stats = Object.fromEntries(
    keys.map((key) => [key, spread(metrics.map((m) => m[key]))]),
  ) as Record<LighthouseMetric, Spread>;
  const middle = results[indexOfMedian(metrics.map((m) => m.score))];
  return {
    runs: metrics,
    stats,
    diagnostics: middle ? diagnose(middle.lhr) : null,
    medianLhr: middle?.raw ?? null,
    medianHtml: middle ? generateReport(middle.raw, 'html') : '',
    errors,
  };
}
