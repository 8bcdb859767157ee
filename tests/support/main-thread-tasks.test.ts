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
) => ({
  name,
  ph: 'X',
  pid,
  tid,
  dur,
  tdur,
});

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

  it('finds no task when the trace names no main thread', () => {
    expect(longestMainThreadTask([task(10, 10, 150_000, 150_000)])).toEqual({
      wallMs: 0,
      cpuMs: 0,
    });
  });
});
