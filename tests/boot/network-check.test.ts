import { networkAnswers, RECHECK_AFTER_MS, watchNetwork } from '@/boot/network-check';

const answering = () => vi.fn<typeof fetch>(async () => new Response(null, { status: 404 }));
const failing = () =>
  vi.fn<typeof fetch>(async () => {
    throw new TypeError('Failed to fetch');
  });

describe(networkAnswers, () => {
  it('asks with a HEAD request that no cache may answer', async () => {
    const fetchImpl = answering();
    await networkAnswers('/sw.js', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('/sw.js', { method: 'HEAD', cache: 'no-store' });
  });

  it('counts any HTTP response as an answer, even an error status', async () => {
    expect(await networkAnswers('/sw.js', answering())).toBe(true);
  });

  it('is false when the request fails for want of a connection', async () => {
    expect(await networkAnswers('/sw.js', failing())).toBe(false);
  });
});

/** Watches a controlled page whose network answers as `answer` says; `answer` can be swapped. */
function watchControlledPage() {
  const network = { answer: failing() };
  const report = vi.fn();
  const stop = watchNetwork({
    url: '/sw.js',
    isControlled: () => true,
    report,
    fetchImpl: (...args) => network.answer(...args),
  });
  return { network, report, stop };
}

describe(watchNetwork, () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports an unreachable network at once, and checks again when the browser is back online', async () => {
    const { network, report, stop } = watchControlledPage();
    await vi.waitFor(() => expect(report).toHaveBeenLastCalledWith(true));
    network.answer = answering();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(report).toHaveBeenLastCalledWith(false));
    expect(report).toHaveBeenCalledTimes(2);
    stop();
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('asks again every few seconds while the network does not answer, and stops once it does', async () => {
    vi.useFakeTimers();
    try {
      const { network, report, stop } = watchControlledPage();
      await vi.advanceTimersByTimeAsync(0);
      expect(report.mock.calls).toEqual([[true]]);
      await vi.advanceTimersByTimeAsync(RECHECK_AFTER_MS);
      expect(report.mock.calls).toEqual([[true], [true]]);
      // Back online without the browser saying so (no "online" event).
      network.answer = answering();
      await vi.advanceTimersByTimeAsync(RECHECK_AFTER_MS);
      expect(report.mock.calls).toEqual([[true], [true], [false]]);
      await vi.advanceTimersByTimeAsync(RECHECK_AFTER_MS * 3);
      expect(report).toHaveBeenCalledTimes(3);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks nothing for a page no service worker controls (it came from the network)', async () => {
    const fetchImpl = failing();
    const report = vi.fn();
    const stop = watchNetwork({ url: '/sw.js', isControlled: () => false, report, fetchImpl });
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(report).not.toHaveBeenCalled();
    stop();
  });
});
