import { longestMainThreadTask } from '../e2e/main-thread-tasks';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (
  pid: number,
  tid: number,
  dur: number,
  tdur: number,
  name = 'ThreadControllerImpl::RunTask',
  ts = 0,
) => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
});
/** A task on 10:10 at `ts` that carries a message of `tag` (as Chromium's `toplevel` trace shows it). */
const message = (ts: number, dur: number, tdur: number, tag: string) => [
  task(10, 10, dur, tdur, 'ThreadControllerImpl::RunTask', ts),
  {
    ...task(10, 10, dur - 1, tdur - 1, 'Receive mojo message', ts + 1),
    args: { chrome_mojo_event_info: { mojo_interface_tag: tag } },
  },
];
const call = (ts: number, dur: number, tdur: number) => task(10, 10, dur, tdur, 'FunctionCall', ts);

describe('the longest task in a Chromium trace', () => {
  it('takes the page’s main thread only, in ms of wall-clock and CPU time', () => {
    const events = [
      thread(10, 10, 'CrRendererMain'),
      thread(10, 11, 'DedicatedWorker thread'),
      thread(1, 1, 'CrBrowserMain'),
      task(10, 10, 150_700, 110_100),
      task(10, 10, 193_600, 7_600),
      task(10, 11, 900_000, 880_000),
      task(1, 1, 500_000, 400_000),
      task(10, 10, 990_000, 990_000, 'Receive mojo message'),
    ];
    expect(longestMainThreadTask(events)).toEqual({ wallMs: 194, cpuMs: 110 });
  });

  it('counts of a test command (a DevTools message) only the app code it set off', () => {
    const events = [
      thread(10, 10, 'CrRendererMain'),
      // A role query of the test's: 150 ms, none of it the app's.
      ...message(0, 150_000, 140_000, 'blink.mojom.DevToolsSession'),
      // Setting a file input: the app's `change` listener (with a nested call) inside it.
      ...message(1_000_000, 90_000, 80_000, 'blink.mojom.DevToolsSession'),
      call(1_010_000, 40_000, 30_000),
      call(1_020_000, 10_000, 10_000),
      call(1_060_000, 5_000, 4_000),
      // The app's own task, from a worker's message.
      ...message(2_000_000, 25_000, 20_000, 'blink.mojom.DedicatedWorkerHost'),
    ];
    expect(longestMainThreadTask(events)).toEqual({ wallMs: 45, cpuMs: 34 });
  });

  it('finds no task when the trace names no main thread', () => {
    expect(longestMainThreadTask([task(10, 10, 150_000, 150_000)])).toEqual({
      wallMs: 0,
      cpuMs: 0,
    });
  });
});
