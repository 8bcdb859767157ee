// The longest task of the app on the page's main thread, from Chromium's own trace. Each task has
// two durations there: wall-clock time, and the main thread's CPU time. On a quiet machine they are
// the same; on a busy one the wait for a free core is added to the wall-clock time and not to the
// CPU time, so CPU time is what the page itself spends, and what a budget can hold on a busy machine.
//
// The test's own commands run on the same thread: each Playwright action or web-first assertion
// is a DevTools message whose injected script queries the page (a role query over a few thousand
// elements took 130–170 ms of it). Of such a task only the app's own code counts: the event
// listeners the command set off (a file input's `change`), which the trace records as FunctionCall.
import type { CDPSession, Page } from '@playwright/test';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
};

export type LongestTask = { wallMs: number; cpuMs: number };

const TASK = 'ThreadControllerImpl::RunTask';
const DEVTOOLS = 'blink.mojom.DevToolsSession';

const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const within = (outer: TraceEvent, e: TraceEvent) =>
  threadOf(e) === threadOf(outer) &&
  (e.ts ?? 0) >= (outer.ts ?? 0) &&
  (e.ts ?? 0) + (e.dur ?? 0) <= (outer.ts ?? 0) + (outer.dur ?? 0);

/** The outermost FunctionCall events among `calls` (sorted by start), so nested calls count once. */
function outermost(calls: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  for (const call of calls) if (!kept.some((outer) => within(outer, call))) kept.push(call);
  return kept;
}

/** What of `task` is the app's: all of it, or for a DevTools command only the app code it set off. */
function appShare(task: TraceEvent, events: readonly TraceEvent[]): LongestTask {
  const inside = events.filter((e) => e !== task && within(task, e));
  const command = inside.some(
    (e) => e.args?.chrome_mojo_event_info?.mojo_interface_tag === DEVTOOLS,
  );
  if (!command) return { wallMs: task.dur ?? 0, cpuMs: task.tdur ?? 0 };
  const calls = outermost(
    inside.filter((e) => e.name === 'FunctionCall').sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0)),
  );
  return {
    wallMs: calls.reduce((sum, e) => sum + (e.dur ?? 0), 0),
    cpuMs: calls.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0),
  };
}

/** The app's longest task on the renderer's main threads among `events` (durations in µs). */
export function longestMainThreadTask(events: readonly TraceEvent[]): LongestTask {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(threadOf),
  );
  const mainEvents = events.filter((e) => e.ph === 'X' && mainThreads.has(threadOf(e)));
  let wall = 0;
  let cpu = 0;
  // Longest first: a task's share is at most its own length, so once a task is no longer than both
  // maxima found, none after it can change them.
  const length = (e: TraceEvent) => Math.max(e.dur ?? 0, e.tdur ?? 0);
  const tasks = mainEvents.filter((e) => e.name === TASK).sort((a, b) => length(b) - length(a));
  for (const task of tasks) {
    if (length(task) <= Math.min(wall, cpu)) break;
    const share = appShare(task, mainEvents);
    wall = Math.max(wall, share.wallMs);
    cpu = Math.max(cpu, share.cpuMs);
  }
  return { wallMs: Math.round(wall / 1000), cpuMs: Math.round(cpu / 1000) };
}

async function startTrace(client: CDPSession) {
  await client.send('Tracing.start', {
    // `toplevel` has the tasks and the messages that started them; `devtools.timeline` the calls
    // into the page's scripts.
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', '__metadata'] },
  });
}

/**
 * Starts tracing the page's tasks; each `next()` returns the app's longest task since the last call
 * (or since the start) and goes on tracing; `stop()` returns it and stops.
 */
export async function traceMainThread(page: Page) {
  const client = await page.context().newCDPSession(page);
  let events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await startTrace(client);
  const stop = async () => {
    const complete = new Promise((resolve) => client.once('Tracing.tracingComplete', resolve));
    await client.send('Tracing.end');
    await complete;
    const longest = longestMainThreadTask(events);
    events = [];
    return longest;
  };
  return {
    stop,
    async next() {
      const longest = await stop();
      await startTrace(client);
      return longest;
    },
  };
}
