import {
  EVENT_TIMING_THRESHOLD_MS,
  interactionLatency,
  interactionPhases,
  medianPhases,
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

describe(interactionPhases, () => {
  it('spans the handlers of all the events, so a slow click after pointerup counts as processing', () => {
    expect(
      interactionPhases([
        { id: 4, start: 100, duration: 304, processingStart: 102, processingEnd: 103 },
        { id: 4, start: 110, duration: 296, processingStart: 111, processingEnd: 112 },
        { id: 4, start: 111, duration: 288, processingStart: 112, processingEnd: 352 },
      ]),
    ).toEqual({ inputDelay: 2, processing: 250, presentation: 54 });
  });

  it('never gives a negative phase (durations are rounded to 8 ms)', () => {
    expect(
      interactionPhases([{ id: 1, start: 0, duration: 48, processingStart: 2, processingEnd: 50 }])
        ?.presentation,
    ).toBe(0);
  });

  it('is null when no interaction entry was reported', () => {
    expect(interactionPhases([])).toBeNull();
    expect(
      interactionPhases([{ id: 0, start: 0, duration: 90, processingStart: 1, processingEnd: 2 }]),
    ).toBeNull();
  });
});

describe(medianPhases, () => {
  it('takes the median of each phase, skipping interactions without phases', () => {
    expect(
      medianPhases([
        { inputDelay: 1, processing: 100, presentation: 30 },
        null,
        { inputDelay: 3, processing: 300, presentation: 10 },
        { inputDelay: 2, processing: 200, presentation: 20 },
      ]),
    ).toEqual({ inputDelay: 2, processing: 200, presentation: 20 });
  });

  it('gives NaN phases when none are known', () => {
    expect(medianPhases([null]).processing).toBeNaN();
  });
});
