import { readFile } from 'node:fs/promises';
import { act, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { AppRoot } from '@/app/app-root';
import { createQueryClient } from '@/app/query-client';
import { datasetQueryOptions } from '@/data/dataset-query';
import { renderPage } from '@/entry-server';
import { PAGES, pagePath } from '@/view/pages';

// The build prerenders with this same function; hydrating its output with React's development
// build reports every mismatch, attributes included (the production build only reports text).
describe("each page's prerendered default view", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it.each(PAGES)('$label hydrates without a single mismatch or error', async ({ id, label }) => {
    const read = (url: string) => readFile(`public${new URL(url, 'http://x').pathname}`, 'utf8');
    const { html, renderedOn } = await renderPage(read, id);
    expect(renderedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The page's own link is marked as the current page.
    expect(html).toMatch(new RegExp(`aria-current="page"[^>]*>${label}<`));
    window.history.replaceState(null, '', pagePath('/', id));
    expect(html).not.toMatch(/<!--\$!-->/);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const heading = within(container).getByRole('heading', { level: 1 });

    const queryClient = createQueryClient();
    vi.stubGlobal('fetch', async (url: string) => new Response(await read(url)));
    await queryClient.prefetchQuery(datasetQueryOptions);
    vi.unstubAllGlobals();

    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const committed = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <AppRoot queryClient={queryClient} onCommitted={committed} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });

    expect(errors).toEqual([]);
    expect(committed).toHaveBeenCalled();
    // The same DOM, adopted rather than replaced.
    expect(within(container).getByRole('heading', { level: 1 })).toBe(heading);
    // Unmounted inside act, so no render React scheduled (a transition, a lazy chart) runs after
    // the test environment is gone ("window is not defined", seen in CI).
    act(() => root?.unmount());
    container.remove();
  });
});
