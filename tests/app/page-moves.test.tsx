import { act, screen, within } from '@testing-library/react';
import { Dashboard } from '@/app/dashboard';
import { loadedPagePanels, loadPagePanels } from '@/app/page-panels';
import { navigateTo } from '@/view/use-page';
import { pageTitle } from '@/view/pages';
import { renderWithProviders } from '../support/render';
import { makeDataset } from '../support/fixtures';

// No page's code is loaded beforehand here (each test file has its own modules): as in a browser,
// where each page's panels are a chunk fetched on first use.
describe('moving to a page whose code is not loaded yet', () => {
  // Each page's code is transformed on its first import here: seconds on a busy machine.
  it(
    'keeps the page shown until the next one is ready, then shows it and moves focus to it',
    { timeout: 40_000 },
    async () => {
      // As the app does before its first render.
      await loadPagePanels('overview');
      renderWithProviders(
        <main id="main" tabIndex={-1}>
          <Dashboard />
        </main>,
        { dataset: makeDataset(), url: '/?year=2022' },
      );
      // A fresh render (no prerendered page) waits for the Overview's code.
      expect(
        await screen.findByRole('heading', { name: 'How the reforms stand' }, { timeout: 15_000 }),
      ).toBeVisible();
      expect(loadedPagePanels('topics')).toBeUndefined();

      act(() => navigateTo('/topics/?year=2022'));

      // The address and the pages' navigation say Topics at once; the Overview stays, busy, with no
      // loading message in its place.
      const nav = screen.getByRole('navigation', { name: 'Pages' });
      expect(within(nav).getByRole('link', { name: 'Topics' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(screen.getByRole('heading', { name: 'How the reforms stand' })).toBeVisible();
      expect(screen.queryByText('Loading the page…')).not.toBeInTheDocument();
      // eslint-disable-next-line testing-library/no-node-access -- no query for aria-busy
      expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();

      expect(
        await screen.findByRole('heading', { name: 'Topics', level: 2 }, { timeout: 15_000 }),
      ).toBeVisible();
      expect(
        screen.queryByRole('heading', { name: 'How the reforms stand' }),
      ).not.toBeInTheDocument();
      expect(document.title).toBe(pageTitle('topics'));
      expect(screen.getByRole('main')).toHaveFocus();
    },
  );
});
