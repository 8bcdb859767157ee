/** Chromium, Firefox and Safari's words for a lazily loaded module whose file could not be fetched. */
const MODULE_NOT_LOADED =
  /dynamically imported module|Importing a module script failed|error loading dynamically/i;

/** Whether `error` says that a lazily loaded module's file could not be fetched (offline). */
export function isModuleNotLoaded(error: unknown): boolean {
  return MODULE_NOT_LOADED.test(error instanceof Error ? error.message : String(error));
}

/** Why the chart is missing, in words a reader can act on. */
export function describeChartFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isModuleNotLoaded(error)) {
    return 'The chart could not be loaded: the connection seems to be down. Its figures are in the table below; reload the page to draw it once you are back online.';
  }
  return `The chart could not be drawn (${message}). Its figures are in the table below.`;
}
