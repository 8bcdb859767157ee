import { median, percentile } from './stats';

/** The smallest `durationThreshold` the Event Timing API accepts: shorter events are not reported. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/** The fields of an Event Timing entry that latency is computed from. */
export type TimedEvent = { id: number; duration: number };

/**
 * The latency of one user action: the longest `duration` among its events (pointerdown, pointerup,
 * click… share one interactionId), as INP counts an interaction. Null when no entry was reported,
 * meaning every event took under the 16 ms threshold. Entries without an interactionId are ignored.
 */
export function interactionLatency(entries: readonly TimedEvent[]): number | null {
  const durations = entries.filter((entry) => entry.id > 0).map((entry) => entry.duration);
  return durations.length === 0 ? null : Math.max(...durations);
}

/** An Event Timing entry with its processing window (page clock, ms). */
export type PhasedEvent = TimedEvent & {
  start: number;
  processingStart: number;
  processingEnd: number;
};

/** Where an interaction's time went, as INP is broken down. */
export type Phases = {
  /** From the input to the first event handler starting (the main thread was busy). */
  inputDelay: number;
  /** Running the event handlers (here including React's synchronous render and commit). */
  processing: number;
  /** From the handlers' end to the next frame on screen (style, layout, paint, other tasks). */
  presentation: number;
};

/**
 * The phases of one interaction from all its events (as web-vitals attributes INP): input delay
 * from the first input to the first handler, processing from there to the last handler's end (a
 * click's handlers run after pointerup's, so the longest event alone would hide them), and the rest
 * until the frame was presented; null when nothing was reported. No phase is negative, although
 * `duration` is rounded to 8 ms.
 */
export function interactionPhases(entries: readonly PhasedEvent[]): Phases | null {
  const events = entries.filter((entry) => entry.id > 0);
  if (events.length === 0) return null;
  const start = Math.min(...events.map((entry) => entry.start));
  const end = Math.max(...events.map((entry) => entry.start + entry.duration));
  const firstHandler = Math.min(...events.map((entry) => entry.processingStart));
  const lastHandlerEnd = Math.max(...events.map((entry) => entry.processingEnd));
  return {
    inputDelay: Math.max(0, firstHandler - start),
    processing: Math.max(0, lastHandlerEnd - firstHandler),
    presentation: Math.max(0, end - lastHandlerEnd),
  };
}

/** The median of each phase over the interactions that have phases; NaN phases when none do. */
export function medianPhases(phases: readonly (Phases | null)[]): Phases {
  const known = phases.filter((phase): phase is Phases => phase !== null);
  const middle = (pick: (phase: Phases) => number) => median(known.map(pick));
  return {
    inputDelay: middle((phase) => phase.inputDelay),
    processing: middle((phase) => phase.processing),
    presentation: middle((phase) => phase.presentation),
  };
}

export type LatencySummary = {
  n: number;
  p50: number;
  p95: number;
  max: number;
  /** Interactions with no entry (< 16 ms); they count as 16 ms in the percentiles. */
  belowThreshold: number;
};

/**
 * Nearest-rank p50, p95 and the maximum of the latencies, counting an unreported one (null) as the
 * 16 ms threshold, an upper bound; NaN statistics when there are no samples.
 */
export function summarizeLatencies(latencies: readonly (number | null)[]): LatencySummary {
  const values = latencies.map((value) => value ?? EVENT_TIMING_THRESHOLD_MS);
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
    belowThreshold: latencies.filter((value) => value === null).length,
  };
}
