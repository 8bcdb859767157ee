import {
  EVENT_TIMING_THRESHOLD_MS,
  interactionLatency,
  summarizeLatencies,
} from '../../../scripts/bench/event-timing';

describe(interactionLatency, () => {
  it('is the longest duration among the events of the interaction', () => {
    expect(
      interactionLatency([
        { id: 7, duration: 24 },
        { id: 7, duration: 88 },
        { id: 7, duration: 40 },
      ]),
    ).toBe(88);
  });

  it('ignores entries without an interactionId (e.g. pointermove)', () => {
    expect(
      interactionLatency([
        { id: 0, duration: 400 },
        { id: 3, duration: 32 },
      ]),
    ).toBe(32);
  });

  it('is null when nothing was reported, i.e. every event was under the threshold', () => {
    expect(interactionLatency([])).toBeNull();
    expect(interactionLatency([{ id: 0, duration: 200 }])).toBeNull();
  });
});

describe(summarizeLatencies, () => {
  it('gives nearest-rank p50 and p95 and the maximum', () => {
    const latencies = Array.from({ length: 20 }, (_, i) => (i + 1) * 8);
    expect(summarizeLatencies(latencies)).toEqual({
      n: 20,
      p50: 80,
      p95: 152,
      max: 160,
      belowThreshold: 0,
    });
  });

  it('counts unreported interactions as the 16 ms threshold, an upper bound', () => {
    const summary = summarizeLatencies([null, null, 40]);
    expect(summary.belowThreshold).toBe(2);
    expect(summary.p50).toBe(EVENT_TIMING_THRESHOLD_MS);
    expect(summary.max).toBe(40);
  });

  it('gives NaN statistics when there are no samples', () => {
    const summary = summarizeLatencies([]);
    expect(summary.n).toBe(0);
    expect(summary.p95).toBeNaN();
    expect(summary.max).toBeNaN();
  });
});
