import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import { useSkipDrawnPanels } from '@/boot/use-skip-drawn-panels';

/** A stand-in ResizeObserver the test triggers by hand, as the browser would after a layout. */
class FakeResizeObserver {
  static current: FakeResizeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.current = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports a layout of every observed element. */
  layOut() {
    const entries = [...this.observed].map((target) => ({ target }) as ResizeObserverEntry);
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

/** Which panels' content the browser "draws" now; any other panel's content is skipped. */
let drawnIds = new Set<string>();

function Panels() {
  const ref = useRef<HTMLDivElement>(null);
  const [extra, setExtra] = useState(false);
  useSkipDrawnPanels(ref);
  return (
    <>
      <button type="button" onClick={() => setExtra(true)}>
        add
      </button>
      <div ref={ref}>
        <section id="near" aria-label="near">
          <p>near</p>
        </section>
        <section id="far" aria-label="far">
          <p>far</p>
        </section>
        {extra && (
          <section id="later" aria-label="later">
            <p>later</p>
          </section>
        )}
      </div>
    </>
  );
}

const marked = () =>
  screen
    .getAllByRole('region')
    .filter((panel) => panel.hasAttribute('data-drawn'))
    .map((panel) => panel.id);

beforeEach(() => {
  drawnIds = new Set();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // jsdom has no checkVisibility(); the browser's answer depends on layout anyway.
  Element.prototype.checkVisibility = function (this: Element) {
    return drawnIds.has(this.parentElement?.id ?? '');
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
});

describe('useSkipDrawnPanels', () => {
  it('marks a panel only once the browser has drawn its content, never one still skipped', () => {
    render(<Panels />);
    drawnIds = new Set(['near']);
    act(() => FakeResizeObserver.current?.layOut());
    expect(marked()).toEqual(['near']);

    drawnIds = new Set(['far']);
    act(() => FakeResizeObserver.current?.layOut());
    expect(marked()).toEqual(['near', 'far']);
    expect(FakeResizeObserver.current?.observed.size).toBe(0);
  });

  it('watches a panel that appears later', async () => {
    render(<Panels />);
    drawnIds = new Set(['near', 'far', 'later']);
    act(() => FakeResizeObserver.current?.layOut());
    fireEvent.click(screen.getByRole('button'));
    // The MutationObserver reports the new panel in a microtask.
    await waitFor(() => expect(FakeResizeObserver.current?.observed.size).toBe(1));
    act(() => FakeResizeObserver.current?.layOut());
    expect(marked()).toEqual(['near', 'far', 'later']);
  });

  it('marks a panel drawn at the end of the deferred layout, which no resize reports', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.setAttribute('data-prerendered', '2026-12-07');
    root.setAttribute('data-deferred-layout', '');
    render(<Panels />, { container: root });
    drawnIds = new Set(['near']);
    act(() => FakeResizeObserver.current?.layOut());
    expect(marked()).toEqual(['near']);

    // The deferred layout ends: the far panel is drawn now, at the height it had.
    drawnIds = new Set(['near', 'far']);
    root.removeAttribute('data-deferred-layout');
    await waitFor(() => expect(marked()).toEqual(['near', 'far']));
    root.remove();
  });

  it('marks a drawn panel only once it is out of view: one in view stays as it is drawn', () => {
    const views: { callback: IntersectionObserverCallback; observed: Set<Element> } = {
      callback: () => {},
      observed: new Set(),
    };
    class FakeIntersectionObserver {
      constructor(callback: IntersectionObserverCallback) {
        views.callback = callback;
      }
      observe(target: Element) {
        views.observed.add(target);
      }
      unobserve(target: Element) {
        views.observed.delete(target);
      }
      disconnect() {
        views.observed.clear();
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const report = (id: string, isIntersecting: boolean) =>
      act(() =>
        views.callback(
          [{ target: screen.getByRole('region', { name: id }), isIntersecting }] as never,
          {} as IntersectionObserver,
        ),
      );
    render(<Panels />);
    drawnIds = new Set(['near', 'far']);
    act(() => FakeResizeObserver.current?.layOut());
    expect(views.observed.size).toBe(2);
    report('near', true);
    report('far', false);
    expect(marked()).toEqual(['far']);
    // The reader scrolls on: the near panel leaves the view.
    report('near', false);
    expect(marked()).toEqual(['near', 'far']);
    expect(views.observed.size).toBe(0);
  });
});
