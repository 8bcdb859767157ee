import { useSyncExternalStore } from 'react';

/** Today as `YYYY-MM-DD` in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

let renderedOn: string | undefined;

/**
 * Pins the day the build prerendered the page on, so that hydration reproduces the server's
 * "today" exactly (React then re-renders with the real today if it differs).
 */
export function pinRenderDate(date: string | undefined): void {
  renderedOn = date;
}

const subscribe = () => () => {};

/** Today (UTC); while hydrating a prerendered page, the day it was prerendered on. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, todayUtc, () => renderedOn ?? todayUtc());
}
