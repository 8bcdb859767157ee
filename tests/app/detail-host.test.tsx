import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailHost } from '@/app/detail-host';
import { renderWithProviders } from '../support/render';
import { makeReviewsDataset } from '../features/reviews/reviews-fixture';

describe('DetailHost', () => {
  it.each([
    ['/?open=review:fiw-2024', 'Freedom in the World 2024'],
    ['/?open=contact:eu-kz-council-2024', 'EU–Kazakhstan Cooperation Council'],
    ['/?open=meeting:meeting-1', 'A round 1'],
    ['/?open=person:person-a', 'Person A'],
  ])('opens the detail a shared URL names: %s', (url, title) => {
    renderWithProviders(<DetailHost />, { dataset: makeReviewsDataset(), url });
    expect(screen.getByRole('dialog', { name: title })).toBeInTheDocument();
  });

  it('opens nothing for an unknown kind of detail', () => {
    renderWithProviders(<DetailHost />, { dataset: makeReviewsDataset(), url: '/?open=rating:x' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives the open drawer its full address to copy', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DetailHost />, {
      dataset: makeReviewsDataset(),
      url: '/?open=meeting:meeting-1',
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      new URL('/?open=meeting:meeting-1', window.location.href).href,
    );
  });
});
