import type { Browser, Locator, Page } from '@playwright/test';
import {
  eventsBetween,
  newBenchPage,
  openDashboard,
  pageNow,
  settle,
  throttleCpu,
} from './browser';
import {
  interactionLatency,
  interactionPhases,
  summarizeLatencies,
  type LatencySummary,
  type Phases,
} from './event-timing';

export type InteractionKind = 'topic' | 'year' | 'detail';
export type DataSize = 'bundled' | '100×';
export type InteractionScenario = { kind: InteractionKind; cpu: number; data: DataSize };
export type InteractionResult = InteractionScenario & {
  /** One latency per finished interaction, ms; null = under the 16 ms reporting threshold. */
  latencies: (number | null)[];
  /**
   * When the time box ran out while the page was still busy with a user action: how long that
   * action had run, a lower bound. A measured interaction's is included in `summary`, whose
   * figures are then lower bounds; otherwise no interaction could be measured at all.
   */
  unfinishedMs?: number;
  summary: LatencySummary;
  /** Input delay, handlers and presentation of each measured interaction (null when under 16 ms). */
  phases: (Phases | null)[];
  /** ms from navigation until every chart was drawn (each scrolled into view), for this scenario's page. */
  loadMs: number;
  error?: string;
};

export type InteractionLimits = {
  /** Unmeasured interactions first (JIT, lazy chunks), per scenario. */
  warmUp: number;
  /** Measured interactions per scenario, after the warm-up ones. */
  count: number;
  /** Wall-clock budget of one scenario's interactions; it stops early when spent. */
  scenarioBudgetMs: number;
  /** How long the page may take to load and draw every chart. */
  loadTimeoutMs: number;
};

export const KIND_LABELS: Record<InteractionKind, string> = {
  topic: 'Topic filter change',
  year: 'Year filter change',
  detail: "Open a meeting's detail",
};

const FILTER_LABEL = { topic: 'Topic', year: 'Year' } as const;

/**
 * How one scenario's interactions are performed. `prepare` runs before the clock starts (moving
 * the pointer onto the target, so hover effects are not part of the click); `act` is the measured
 * user action and waits for its visible effect; `reset` undoes it outside the measurement.
 */
type Driver = {
  prepare: (index: number) => Promise<void>;
  act: (index: number) => Promise<void>;
  reset: () => Promise<void>;
};

/**
 * A click at the pointer, which `prepare` has moved onto the target. Not `locator.click()`: that
 * resolves the locator and checks the target in the page first (for a role locator, a walk over
 * the accessibility tree of some 2,000 elements), and the garbage it leaves was collected inside
 * the measured interaction, up to 19 ms of it at 1× CPU. A person's click runs no such script.
 */
async function clickWherePointerIs(page: Page): Promise<void> {
  await page.mouse.down();
  await page.mouse.up();
}

/** Toggles checkboxes of one filter: on A, off A, on B, off B… so every click changes the view. */
async function filterDriver(page: Page, kind: 'topic' | 'year'): Promise<Driver> {
  const label = FILTER_LABEL[kind];
  await page.getByRole('button', { name: label, exact: true }).click();
  const boxes = page.getByRole('group', { name: label }).getByRole('checkbox');
  await boxes.first().waitFor();
  const choices = Math.min(4, await boxes.count());
  const box = (index: number) => boxes.nth(Math.floor(index / 2) % choices);
  return {
    prepare: async (index) => {
      // The focused option shows its description (focus-within) and hides it when focus moves on
      // mousedown, shifting the options below mid-click so the mouseup misses; start unfocused.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await box(index).hover();
    },
    act: async () => {
      const before = page.url();
      await clickWherePointerIs(page);
      await page.waitForURL((url) => url.toString() !== before);
    },
    reset: async () => {},
  };
}

/** Opens a meeting's detail from the meeting list (a different meeting each time), then closes it. */
async function detailDriver(page: Page): Promise<Driver> {
  const buttons: Locator = page.locator(
    'ol[aria-label="Meetings in date order"] > li button:not([aria-label])',
  );
  await buttons.first().waitFor();
  const choices = Math.min(6, await buttons.count());
  // A plain CSS query: a role query walks the page's accessibility tree inside the measured frames.
  const dialog = page.locator('dialog[open]');
  return {
    prepare: async (index) => {
      await buttons.nth(index % choices).hover();
    },
    act: async () => {
      await clickWherePointerIs(page);
      await dialog.waitFor({ state: 'visible' });
    },
    reset: async () => {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    },
  };
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

class TimeBoxExpired extends Error {}

/** Rejects with TimeBoxExpired when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new TimeBoxExpired(`${what}: stopped at the ${Math.round(ms / 1000)} s time box`)),
      ms,
    );
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/**
 * Runs one scenario on a loaded page within its time box. When the box runs out, the scenario
 * stops (the page may be too busy to answer at all) and reports what it measured; `expired` tells
 * the caller the page is still busy and must not be reused.
 */
async function runScenario(
  page: Page,
  scenario: InteractionScenario,
  limits: InteractionLimits,
  loadMs: number,
): Promise<{ result: InteractionResult; expired: boolean }> {
  const latencies: (number | null)[] = [];
  const phases: (Phases | null)[] = [];
  let cancelled = false;
  // The user action in flight, for reporting what the page was doing when a time box ran out.
  const state: { pending: { action: string; measured: boolean; since: number } | null } = {
    pending: null,
  };
  const begin = (action: string, measured = false) => {
    state.pending = { action, measured, since: Date.now() };
  };
  page.setDefaultTimeout(limits.scenarioBudgetMs);
  const work = (async () => {
    await throttleCpu(page, 1);
    begin(
      scenario.kind === 'detail'
        ? 'finding the meeting list'
        : `opening the ${FILTER_LABEL[scenario.kind]} menu`,
    );
    const driver =
      scenario.kind === 'detail'
        ? await detailDriver(page)
        : await filterDriver(page, scenario.kind);
    await settle(page);
    await throttleCpu(page, scenario.cpu);
    for (let index = 0; index < limits.warmUp + limits.count && !cancelled; index += 1) {
      const measured = index >= limits.warmUp;
      begin(measured ? 'the measured interaction' : 'a warm-up interaction', measured);
      await driver.prepare(index);
      await settle(page);
      const from = await pageNow(page);
      if (measured) begin('the measured interaction', true);
      await driver.act(index);
      await settle(page);
      const to = await pageNow(page);
      state.pending = null;
      const entries = await eventsBetween(page, from, to);
      if (measured) {
        latencies.push(interactionLatency(entries));
        phases.push(interactionPhases(entries));
      }
      await driver.reset();
      await settle(page);
    }
    await throttleCpu(page, 1);
    await page.keyboard.press('Escape');
  })();
  try {
    await within(work, limits.scenarioBudgetMs, 'scenario');
    return {
      result: { ...scenario, latencies, phases, summary: summarizeLatencies(latencies), loadMs },
      expired: false,
    };
  } catch (error) {
    cancelled = true;
    work.catch(() => undefined);
    const expired = error instanceof TimeBoxExpired;
    const inFlight = expired ? state.pending : null;
    // A lower bound is reported for a measured interaction, or when nothing could be measured.
    const elapsed =
      inFlight && (inFlight.measured || latencies.length === 0)
        ? Date.now() - inFlight.since
        : undefined;
    const box = `${Math.round(limits.scenarioBudgetMs / 1000)} s time box`;
    let note = `${firstLine(error)} (after ${latencies.length} of ${limits.count} interactions)`;
    if (expired && inFlight?.measured)
      note = `the ${box} ran out during interaction ${latencies.length + 1} of ${limits.count}`;
    else if (expired && inFlight) note = `no response within the ${box} while ${inFlight.action}`;
    else if (expired) note = `the ${box} ran out after ${latencies.length} of ${limits.count}`;
    return {
      result: {
        ...scenario,
        latencies: [...latencies],
        phases: [...phases],
        ...(elapsed === undefined ? {} : { unfinishedMs: elapsed }),
        summary: summarizeLatencies(
          inFlight?.measured && elapsed !== undefined ? [...latencies, elapsed] : latencies,
        ),
        loadMs,
        error: note,
      },
      expired,
    };
  }
}

async function loadPage(
  browser: Browser,
  url: string,
  limits: InteractionLimits,
): Promise<{ page: Page; loadMs: number }> {
  const page = await newBenchPage(browser);
  const start = Date.now();
  try {
    await within(openDashboard(page, url, limits.loadTimeoutMs), limits.loadTimeoutMs, 'loading');
  } catch (error) {
    await page.context().close();
    throw error;
  }
  return { page, loadMs: Date.now() - start };
}

function failed(scenario: InteractionScenario, error: unknown): InteractionResult {
  return {
    ...scenario,
    latencies: [],
    phases: [],
    summary: summarizeLatencies([]),
    loadMs: Number.NaN,
    error: firstLine(error),
  };
}

/**
 * Measures interaction latency (Event Timing, max duration per interaction) for a topic change, a
 * year change and opening a meeting's detail at 1× and 4× CPU on the bundled data (a fresh page per
 * scenario), then for the topic and year changes at 1× on 100× data (sharing one page, which loads
 * slowly, unless a time box left it busy). Each scenario has `warmUp` unmeasured interactions, then
 * `count` measured ones, each starting after the previous one's frame was painted and the page idled.
 */
export async function measureInteractions(
  browser: Browser,
  bundledUrl: string,
  bigUrl: string | null,
  limits: { bundled: InteractionLimits; big: InteractionLimits },
  log: (line: string) => void,
): Promise<InteractionResult[]> {
  const results: InteractionResult[] = [];
  const report = (result: InteractionResult) => {
    const { p50, p95 } = result.summary;
    log(
      `interactions: ${KIND_LABELS[result.kind]}, ${result.cpu}× CPU, ${result.data} data: ` +
        `p50 ${Math.round(p50)} ms, p95 ${Math.round(p95)} ms${result.error ? ` (${result.error})` : ''}`,
    );
    results.push(result);
  };
  const scenarios: InteractionScenario[] = [];
  for (const cpu of [1, 4])
    for (const kind of ['topic', 'year', 'detail'] as const)
      scenarios.push({ kind, cpu, data: 'bundled' });
  if (bigUrl)
    for (const kind of ['topic', 'year'] as const) scenarios.push({ kind, cpu: 1, data: '100×' });

  let shared: { page: Page; loadMs: number } | undefined;
  for (const scenario of scenarios) {
    const big = scenario.data !== 'bundled';
    const scenarioLimits = big ? limits.big : limits.bundled;
    try {
      if (!shared) {
        if (big) log('interactions: loading the page with 100× data (this can take minutes)…');
        shared = await loadPage(browser, big ? (bigUrl ?? bundledUrl) : bundledUrl, scenarioLimits);
        if (big)
          log(`interactions: 100× data page drawn after ${Math.round(shared.loadMs / 1000)} s`);
      }
      const { result, expired } = await runScenario(
        shared.page,
        scenario,
        scenarioLimits,
        shared.loadMs,
      );
      report(result);
      if (!big || expired) {
        await shared.page.context().close();
        shared = undefined;
      }
    } catch (error) {
      report(failed(scenario, error));
      await shared?.page.context().close();
      shared = undefined;
    }
  }
  await shared?.page.context().close();
  return results;
}
