/** A performance budget from issue #6: a limit a measured figure must stay within. */
export type Budget = {
  /** How the limit reads beside the figure, e.g. "≤ 1,500 ms". */
  label: string;
  limit: number;
  /** `at-most`: the figure must be ≤ limit; `at-least`: ≥ limit. */
  direction: 'at-most' | 'at-least';
};

export const BUDGETS = {
  lighthouseScore: { label: '≥ 98', limit: 98, direction: 'at-least' },
  lcp: { label: '≤ 1,500 ms', limit: 1500, direction: 'at-most' },
  tbt: { label: '≤ 50 ms', limit: 50, direction: 'at-most' },
  cls: { label: '≤ 0.01', limit: 0.01, direction: 'at-most' },
  initialJs: { label: '≤ 150 kB', limit: 150_000, direction: 'at-most' },
  filterP95At1x: { label: 'p95 ≤ 50 ms', limit: 50, direction: 'at-most' },
  filterP95At4x: { label: 'p95 ≤ 100 ms', limit: 100, direction: 'at-most' },
  filterP95At100xData: { label: 'p95 ≤ 100 ms', limit: 100, direction: 'at-most' },
  pipelineAt100x: { label: '≤ 200 ms', limit: 200, direction: 'at-most' },
} as const satisfies Record<string, Budget>;

export type Verdict = 'pass' | 'fail' | 'not-measured';

/** Whether a figure meets its budget; a missing or NaN figure is "not-measured", never a pass. */
export function checkBudget(budget: Budget, value: number | undefined): Verdict {
  if (value === undefined || !Number.isFinite(value)) return 'not-measured';
  const ok = budget.direction === 'at-most' ? value <= budget.limit : value >= budget.limit;
  return ok ? 'pass' : 'fail';
}

/** The mark printed beside a figure: ✔ met, ✖ missed, – not measured. */
export function verdictMark(verdict: Verdict): string {
  return verdict === 'pass' ? '✔' : verdict === 'fail' ? '✖' : '–';
}

/** One budget check as reported: what was checked and its verdict. */
export type BudgetCheck = { name: string; verdict: Verdict };

/**
 * The one-line summary of all checks, e.g. "Budgets: 7 of 10 met; missed: TBT, initial JS".
 * Checks that were not measured (skipped with --only, or failed to run) are named separately.
 */
export function summarizeChecks(checks: readonly BudgetCheck[]): string {
  const measured = checks.filter((check) => check.verdict !== 'not-measured');
  const missed = checks.filter((check) => check.verdict === 'fail').map((check) => check.name);
  const skipped = checks.filter((check) => check.verdict === 'not-measured').map((c) => c.name);
  const met = measured.length - missed.length;
  if (checks.length === 0) return 'Budgets: none apply to the parts that were run';
  const parts = [`Budgets: ${met} of ${measured.length} met`];
  if (missed.length > 0) parts.push(`missed: ${missed.join(', ')}`);
  if (skipped.length > 0) parts.push(`not measured: ${skipped.join(', ')}`);
  if (measured.length > 0 && missed.length === 0) parts.push('all measured budgets met');
  return parts.join('; ');
}

/** Fail if any check failed, pass if at least one was measured and none failed, else not-measured. */
export function overallVerdict(checks: readonly BudgetCheck[]): Verdict {
  if (checks.some((check) => check.verdict === 'fail')) return 'fail';
  return checks.some((check) => check.verdict === 'pass') ? 'pass' : 'not-measured';
}
