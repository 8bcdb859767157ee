import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DetailLink } from '@/view/detail-link';
import { renderWithProviders } from '../support/render';
import { makeDataset } from '../support/fixtures';

describe('DetailLink', () => {
  const link = () => screen.getByRole('link', { name: 'Round 1' });

  it('is a real link to the detail on the current page, the filters kept', () => {
    renderWithProviders(
      <DetailLink target={{ kind: 'meeting', id: 'meeting-1' }}>Round 1</DetailLink>,
      { dataset: makeDataset(), url: '/meetings/?year=2022' },
    );
    expect(link()).toHaveAttribute('href', '/meetings/?year=2022&open=meeting:meeting-1');
  });

  it('opens the detail in place on a plain click, and leaves a Ctrl-click to the browser', async () => {
    renderWithProviders(
      <DetailLink target={{ kind: 'meeting', id: 'meeting-1' }}>Round 1</DetailLink>,
      { dataset: makeDataset(), url: '/?year=2022' },
    );
    // Not prevented: the browser opens the address (in a new tab).
    expect(fireEvent.click(link(), { ctrlKey: true })).toBe(true);
    window.history.replaceState(null, '', '/?year=2022');
    // Prevented: the app opens the detail itself.
    expect(fireEvent.click(link())).toBe(false);
    await waitFor(() => expect(window.location.search).toBe('?year=2022&open=meeting:meeting-1'));
  });
});
