import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from '@/components/ui/use-near-viewport';

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '300px');
  return <div ref={ref}>{near ? 'drawn' : 'waiting'}</div>;
}

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in IntersectionObserver the test drives by hand. */
function installObserver() {
  const observers: { callback: Callback; options?: IntersectionObserverInit; live: boolean }[] = [];
  class FakeObserver {
    private readonly record: (typeof observers)[number];
    constructor(callback: Callback, options?: IntersectionObserverInit) {
      this.record = { callback, options, live: true };
      observers.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.live = false;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return observers;
}

afterEach(() => vi.unstubAllGlobals());

describe(useNearViewport, () => {
  it('waits until the element nears the viewport, then stays drawn', async () => {
    const observers = installObserver();
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(observers[0]?.options?.rootMargin).toBe('300px 0px');

    await act(async () => observers[0]?.callback([{ isIntersecting: false }]));
    expect(screen.getByText('waiting')).toBeInTheDocument();

    await act(async () => observers[0]?.callback([{ isIntersecting: true }]));
    expect(await screen.findByText('drawn')).toBeInTheDocument();
    // Drawn for good: it stops watching, so scrolling away does not unmount the chart.
    expect(observers.every((observer) => !observer.live)).toBe(true);
  });

  it('draws at once where IntersectionObserver is missing', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(await screen.findByText('drawn')).toBeInTheDocument();
  });
});
