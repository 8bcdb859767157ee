// The longest task on the page's main thread, from Chromium's own trace. Each task has two
// durations there: wall-clock time, and the main thread's CPU time. On a quiet machine they are the
// same; on a busy one the wait for a free core is added to the wall-clock time and not to the CPU
// time, so CPU time is what the app itself spends, and what a budget can hold on a busy machine.
import type { CDPSession, Page } from '@playwright/test';

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

export type LongestTask = { wallMs: number; cpuMs: number };

const TASK = 'ThreadControllerImpl::RunTask';

/** The longest task of the renderer's main threads among `events` (durations in µs). */
export function longestMainThreadTask(events: readonly TraceEvent[]): LongestTask {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let wall = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== TASK || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    wall = Math.max(wall, e.dur ?? 0);
    cpu = Math.max(cpu, e.tdur ?? 0);
  }
  return { wallMs: Math.round(wall / 1000), cpuMs: Math.round(cpu / 1000) };
}

async function startTrace(client: CDPSession) {
  await client.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
  });
}

/**
 * Starts tracing the page's tasks; each `next()` returns the longest task since the last call (or
 * since the start) and goes on tracing; `stop()` returns it and stops.
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
