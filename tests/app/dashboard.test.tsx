import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dashboard } from '@/app/dashboard';
import { datasetQueryOptions } from '@/data/dataset-query';
import { parseDataset } from '@/data/parse-dataset';
import type { DatasetOrigin } from '@/domain/dataset-index';
import { createTestQueryClient, renderWithProviders } from '../support/render';
import { makeDataset } from '../support/fixtures';
import { pageTitle } from '@/view/pages';
import { loadEveryPage } from '../support/page-panels';

const FIRST_PANEL = 'Latest developments';
const LAST_PANEL = 'Dataset changelog';
// Testing Library has no query for aria-busy, which screen readers announce as "busy".
// eslint-disable-next-line testing-library/no-node-access
const panels = () => document.querySelector('[aria-busy]');

describe('Dashboard', () => {
  beforeAll(loadEveryPage);

  it('draws every panel in its first render for the bundled dataset, as the prerendered page has them', () => {
    renderWithProviders(<Dashboard />, { dataset: makeDataset(), url: '/sources/' });

    expect(screen.getByRole('heading', { name: FIRST_PANEL })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: LAST_PANEL })).toBeInTheDocument();
    expect(screen.queryByText('Drawing the panels…')).not.toBeInTheDocument();
  });

  // A frame per panel, each rendered in the background: about 10 s in jsdom on a busy machine.
  it(
    'draws a kept file’s panels one after another, busy until the last is drawn',
    { timeout: 40_000 },
    async () => {
      const queryClient = createTestQueryClient();
      const origin: DatasetOrigin = {
        kind: 'custom',
        fileName: 'mine.json',
        openedAt: '2026-12-07',
        persisted: true,
      };
      queryClient.setQueryData(datasetQueryOptions.queryKey, {
        ...parseDataset(makeDataset()),
        origin,
      });
      renderWithProviders(<Dashboard />, { queryClient, url: '/sources/' });

      expect(screen.getByText('Drawing the panels…')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: LAST_PANEL })).not.toBeInTheDocument();
      expect(panels()).toHaveAttribute('aria-busy', 'true');

      expect(
        await screen.findByRole('heading', { name: LAST_PANEL }, { timeout: 25_000 }),
      ).toBeVisible();
      expect(screen.getByRole('heading', { name: FIRST_PANEL })).toBeInTheDocument();
      expect(screen.queryByText('Drawing the panels…')).not.toBeInTheDocument();
      await waitFor(() => expect(panels()).toBeNull());
    },
  );

  it('answers the four questions on the Overview, and its links lead to the other pages with the filters', async () => {
    renderWithProviders(<Dashboard />, { dataset: makeDataset(), url: '/?year=2022' });
    for (const name of [
      /^Rounds of the /,
      /^What .* discussed$/,
      'How the reforms stand',
      'Latest developments',
    ])
      expect(screen.getByRole('heading', { name, level: 2 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const topics = within(nav).getByRole('link', { name: 'Topics' });
    expect(topics).toHaveAttribute('href', '/topics/?year=2022');

    await userEvent.click(topics);
    expect(window.location.pathname + window.location.search).toBe('/topics/?year=2022');
    expect(await screen.findByRole('heading', { name: 'Topics', level: 2 })).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'How the reforms stand' }),
    ).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Topics' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe(pageTitle('topics'));

    window.history.back();
    expect(
      await screen.findByRole('heading', { name: 'How the reforms stand' }),
    ).toBeInTheDocument();
  });
});
