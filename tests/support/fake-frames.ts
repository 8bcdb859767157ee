import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fake timers plus animation frames that fire only when the test says so, for code that waits
 * for the next paint. Call at the top of a test file; `paint()` runs the frames requested so far.
 */
export function installFakeFrames(): { paint: () => void } {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return { paint: () => frames.splice(0).forEach((frame) => frame(performance.now())) };
}
