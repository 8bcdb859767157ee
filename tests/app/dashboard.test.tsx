import { screen, waitFor } from '@testing-library/react';
import { Dashboard } from '@/app/dashboard';
import { datasetQueryOptions } from '@/data/dataset-query';
import { parseDataset } from '@/data/parse-dataset';
import type { DatasetOrigin } from '@/domain/dataset-index';
import { createTestQueryClient, renderWithProviders } from '../support/render';
import { makeDataset } from '../support/fixtures';

const FIRST_PANEL = 'Latest developments';
const LAST_PANEL = 'Dataset changelog';
// Testing Library has no query for aria-busy, which screen readers announce as "busy".
// eslint-disable-next-line testing-library/no-node-access
const panels = () => document.querySelector('[aria-busy]');

describe('Dashboard', () => {
  it('draws every panel in its first render for the bundled dataset, as the prerendered page has them', () => {
    renderWithProviders(<Dashboard />, { dataset: makeDataset() });

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
      renderWithProviders(<Dashboard />, { queryClient });

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
});
