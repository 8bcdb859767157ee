/**
 * Pins "today" for every test of the calling `describe` (or file): `new Date()` and `Date.now()`
 * return noon UTC of `date` (`YYYY-MM-DD`), so `useToday` and everything judged on it stop
 * depending on the real clock. Only `Date` is faked; timers, promises and animation frames run
 * as usual, so Testing Library's waits and user-event keep working.
 */
export function pinToday(date: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${date}T12:00:00Z`) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
