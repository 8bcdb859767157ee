import { describe, expect, it, vi } from 'vitest';
import { installFakeFrames } from '../support/fake-frames';
import { afterNextPaint } from '@/lib/after-next-paint';

const { paint } = installFakeFrames();

describe(afterNextPaint, () => {
  it('runs in the task after the next animation frame, once', () => {
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(10);
    expect(callback).not.toHaveBeenCalled();
    paint();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('still runs when no frame comes (a hidden tab)', () => {
    const callback = vi.fn();
    afterNextPaint(callback, 100);
    vi.advanceTimersByTime(99);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const callback = vi.fn();
    const cancel = afterNextPaint(callback);
    cancel();
    paint();
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
  });
});
