import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForHashTarget } from '@/boot/reveal-hash-target';

const scrolled: string[] = [];

beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout, so no scrollIntoView: record which element was asked to scroll.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
  document.body.innerHTML = '<section id="latest"></section>';
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe(watchForHashTarget, () => {
  it('scrolls the element the fragment names into view', () => {
    window.history.replaceState(null, '', '/#latest');
    watchForHashTarget()();
    expect(scrolled).toEqual(['latest']);
  });

  it('waits for an element that is rendered later', async () => {
    window.history.replaceState(null, '', '/?since=1.0.0#changelog');
    watchForHashTarget()();
    expect(scrolled).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<section id="changelog"></section>');
    await vi.waitFor(() => expect(scrolled).toEqual(['changelog']));
  });

  it('leaves the page where the reader has scrolled or typed since loading', () => {
    window.history.replaceState(null, '', '/#latest');
    const reveal = watchForHashTarget();
    window.dispatchEvent(new Event('wheel'));
    reveal();
    expect(scrolled).toEqual([]);
  });

  it('does nothing without a fragment, or with one that names nothing', () => {
    watchForHashTarget()();
    window.history.replaceState(null, '', '/#%E0%A4%A');
    watchForHashTarget()();
    expect(scrolled).toEqual([]);
  });
});
