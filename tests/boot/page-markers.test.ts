import { readFile } from 'node:fs/promises';
import { MARKER, rootWith } from '@/boot/page-markers';
import {
  DEFERRED_LAYOUT_CSS,
  disableControls,
  injectPrerenderedView,
} from '../../scripts/prerender';

describe('MARKER', () => {
  it('names each marker once, as a data attribute', () => {
    const names = Object.values(MARKER);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
  });

  it('is what index.css styles: the stale view and the panels drawn once', async () => {
    const css = await readFile('src/index.css', 'utf8');
    const selectors = [...css.matchAll(/\[(data-[a-z-]+)/g)].map((match) => match[1]);
    expect(new Set(selectors)).toEqual(new Set([MARKER.staleView, MARKER.panels, MARKER.drawn]));
  });

  it('is what the prerender writes into index.html and its stylesheet', () => {
    const view = injectPrerenderedView('<div id="root"></div>', {
      html: disableControls('<button>Go</button>'),
      renderedOn: '2026-01-02',
    });
    const root = new DOMParser().parseFromString(view, 'text/html').getElementById('root');
    expect(root?.getAttribute(MARKER.prerendered)).toBe('2026-01-02');
    expect(root?.hasAttribute(MARKER.deferredLayout)).toBe(true);
    expect(root?.querySelector(`[${MARKER.prerenderDisabled}]`)).not.toBeNull();
    expect(DEFERRED_LAYOUT_CSS.startsWith(`${rootWith(MARKER.deferredLayout)} `)).toBe(true);
  });
});
