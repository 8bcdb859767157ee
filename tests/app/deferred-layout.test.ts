import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutPanelsGradually } from '@/app/deferred-layout';

function page(): HTMLElement {
  const root = document.createElement('div');
  root.dataset.deferredLayout = '';
  root.innerHTML =
    '<main><section id="a"></section><div><section id="b"></section><section id="c"></section></div></main>';
  return root;
}

const visibility = (root: HTMLElement) =>
  [...root.querySelectorAll('section')].map((section) => section.style.contentVisibility);

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 16),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe(layOutPanelsGradually, () => {
  it('lays out one panel per frame, then drops the marker and its own styles', () => {
    const root = page();
    layOutPanelsGradually(root);
    expect(visibility(root)).toEqual(['visible', '', '']);
    vi.advanceTimersByTime(17);
    expect(visibility(root)).toEqual(['visible', 'visible', '']);
    expect(root.dataset.deferredLayout).toBe('');
    vi.advanceTimersByTime(100);
    expect(root.dataset.deferredLayout).toBeUndefined();
    expect(visibility(root)).toEqual(['', '', '']);
  });

  it('does nothing on a page rendered without the marker', () => {
    const root = page();
    delete root.dataset.deferredLayout;
    layOutPanelsGradually(root);
    expect(visibility(root)).toEqual(['', '', '']);
  });
});
