import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutPanelsGradually, layoutChunks } from '@/boot/deferred-layout';

const items = (count: number) => '<li>item</li>'.repeat(count);

function page(): HTMLElement {
  const root = document.createElement('div');
  root.dataset.deferredLayout = '';
  root.innerHTML = `<main><div><section id="filters"></section></div><div data-panels><section id="a"></section><div><section id="b"><h2>B</h2><ul id="b1">${items(
    3,
  )}</ul><ul id="b2">${items(3)}</ul></section><section id="c"></section></div></div></main>`;
  return root;
}

const visibility = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].map(
    (element) => element.style.contentVisibility,
  );

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

describe(layoutChunks, () => {
  it('keeps a small element whole and splits a big one by its children, recursively', () => {
    const root = page();
    const section = root.querySelector('#b')!;
    expect(layoutChunks(section, 10)).toEqual([section]);
    expect(layoutChunks(section, 4).map((part) => part.id || part.tagName)).toEqual([
      'H2',
      'b1',
      'b2',
    ]);
    expect(layoutChunks(section, 2)).toHaveLength(1 + 3 + 3);
  });
});

describe(layOutPanelsGradually, () => {
  it('lays out one panel per frame, then drops the marker and its own styles', () => {
    const root = page();
    const panels = '[data-panels] section';
    layOutPanelsGradually(root);
    // The first step waits for the next frame, out of the app's first commit.
    expect(visibility(root, panels)).toEqual(['', '', '']);
    vi.advanceTimersByTime(17);
    expect(visibility(root, panels)).toEqual(['visible', '', '']);
    vi.advanceTimersByTime(17);
    expect(visibility(root, panels)).toEqual(['visible', 'visible', '']);
    expect(root.dataset.deferredLayout).toBe('');
    vi.advanceTimersByTime(100);
    expect(root.dataset.deferredLayout).toBeUndefined();
    expect(visibility(root, panels)).toEqual(['', '', '']);
    // A section outside the panels (the filter bar) was never deferred, so never touched.
    expect(visibility(root, '#filters')).toEqual(['']);
  });

  it('lays out a big panel part by part, each part skipped until its frame', async () => {
    const { LAYOUT_STEP_ELEMENTS } = await import('@/boot/deferred-layout');
    const root = document.createElement('div');
    root.dataset.deferredLayout = '';
    const half = Math.ceil(LAYOUT_STEP_ELEMENTS / 2) + 1;
    root.innerHTML = `<main><div data-panels><section id="big"><ul id="p1">${items(half)}</ul><ul id="p2">${items(
      half,
    )}</ul></section></div></main>`;
    layOutPanelsGradually(root);
    vi.advanceTimersByTime(17);
    expect(visibility(root, '#big, #p1, #p2')).toEqual(['visible', 'auto', 'auto']);
    vi.advanceTimersByTime(17);
    expect(visibility(root, '#big, #p1, #p2')).toEqual(['visible', 'visible', 'auto']);
    vi.advanceTimersByTime(17);
    expect(visibility(root, '#big, #p1, #p2')).toEqual(['visible', 'visible', 'visible']);
    vi.advanceTimersByTime(17);
    expect(root.dataset.deferredLayout).toBeUndefined();
    expect(visibility(root, '#big, #p1, #p2')).toEqual(['', '', '']);
  });

  it('lays out a section the browser already draws whole, never skipping its parts', async () => {
    const { LAYOUT_STEP_ELEMENTS } = await import('@/boot/deferred-layout');
    const root = document.createElement('div');
    root.dataset.deferredLayout = '';
    const half = Math.ceil(LAYOUT_STEP_ELEMENTS / 2) + 1;
    root.innerHTML = `<main><div data-panels><section id="big"><ul id="p1">${items(half)}</ul><ul id="p2">${items(
      half,
    )}</ul></section></div></main>`;
    // jsdom has no checkVisibility(); here the section is on the first screen, so drawn.
    Element.prototype.checkVisibility = () => true;
    layOutPanelsGradually(root);
    vi.advanceTimersByTime(17);
    expect(visibility(root, '#big')).toEqual(['visible']);
    expect(visibility(root, 'ul')).toEqual(['', '']);
    vi.advanceTimersByTime(100);
    expect(root.dataset.deferredLayout).toBeUndefined();
    delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
  });

  it('does nothing on a page rendered without the marker', () => {
    const root = page();
    delete root.dataset.deferredLayout;
    layOutPanelsGradually(root);
    expect(visibility(root, 'section')).toEqual(['', '', '', '']);
  });

  it('says when everything is laid out, or at once when there is nothing to do', () => {
    const done = vi.fn();
    const root = page();
    layOutPanelsGradually(root, done);
    vi.advanceTimersByTime(17 * 3);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(done).toHaveBeenCalledOnce();

    const plain = page();
    delete plain.dataset.deferredLayout;
    const atOnce = vi.fn();
    layOutPanelsGradually(plain, atOnce);
    expect(atOnce).toHaveBeenCalledOnce();
  });
});
