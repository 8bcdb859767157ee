/**
 * nuqs writes the URL on a timer (50 ms throttle, 400 ms for the search box). A test that ends
 * with an update still queued lets that timer fire after the test: into the next test's URL, or
 * after jsdom is torn down ("location is not defined", which fails the whole run). nuqs keeps its
 * queues as global singletons under `Symbol.for("nuqs.<version>.<scope>")`; abort them between tests.
 */
type Abortable = { abort(): unknown };
type DebounceController = { abortAll(): void };

function nuqsSingleton<T>(scope: string): T | undefined {
  const key = Object.getOwnPropertySymbols(globalThis).find((symbol) => {
    const name = symbol.description ?? '';
    return name.startsWith('nuqs.') && name.endsWith(`.${scope}`);
  });
  return key === undefined ? undefined : (globalThis as Record<symbol, T>)[key];
}

/** Drops every URL update nuqs still has queued; returns how many of its queues it found (0–2). */
export function abortPendingUrlUpdates(): number {
  const debounced = nuqsSingleton<DebounceController>('debounce-controller');
  const throttled = nuqsSingleton<Abortable>('throttle-queue');
  debounced?.abortAll();
  throttled?.abort();
  return Number(debounced !== undefined) + Number(throttled !== undefined);
}
