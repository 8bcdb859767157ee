import { renderToString } from 'react-dom/server';
import { AppRoot } from '@/app/app-root';
import { createQueryClient } from '@/app/query-client';
import { datasetQueryOptions } from '@/data/dataset-query';
import { pinRenderDate, todayUtc } from '@/view/use-today';
import { pinRenderPage } from '@/view/use-page';
import type { PageId } from '@/view/pages';
import { loadPagePanels } from '@/app/page-panels';

export type PrerenderedView = {
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /** The day the view was rendered on (`YYYY-MM-DD`); the client hydrates with the same "today". */
  renderedOn: string;
};

/**
 * Renders a page's default view (its address with no filters) with the bundled dataset, exactly as
 * the client's first render will: the dataset goes through the app's own query function, with
 * `fetch` answered by `readFile` (the build has no server to fetch from).
 */
export async function renderPage(
  readFile: (url: string) => Promise<string>,
  page: PageId = 'overview',
): Promise<PrerenderedView> {
  const queryClient = createQueryClient();
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    return new Response(await readFile(url), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  try {
    await queryClient.fetchQuery(datasetQueryOptions);
  } finally {
    globalThis.fetch = realFetch;
  }
  const renderedOn = todayUtc();
  pinRenderDate(renderedOn);
  pinRenderPage(page);
  await loadPagePanels(page);
  const html = renderToString(<AppRoot queryClient={queryClient} />);
  return { html, renderedOn };
}
