import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactsSection } from '@/features/contacts/contacts-section';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';
import { makeReviewsDataset } from '../reviews/reviews-fixture';

const items = () =>
  within(screen.getByRole('list', { name: 'High-level contacts in date order' })).getAllByRole(
    'listitem',
  );

describe('ContactsSection', () => {
  it('lists the contacts as not dialogue rounds, oldest first, with what is recorded on human rights', () => {
    renderWithProviders(<ContactsSection />, { dataset: makeReviewsDataset() });

    const section = screen.getByRole('region', { name: 'Related high-level contacts' });
    expect(section).toHaveTextContent('They are not rounds of either human-rights dialogue');
    expect(within(section).getByText('All 2 contacts')).toBeInTheDocument();
    expect(items().map((item) => item.textContent)).toEqual([
      '21 October 2024 · Cooperation CouncilEU–Kazakhstan Cooperation CouncilPlace not recorded · European Union, KazakhstanHuman rights: on the agenda (1 record)',
      '6 November 2025 · SummitC5+1 summitWashington, United States · United States, KazakhstanHuman rights: 1 call to put them on the agenda',
    ]);
  });

  it('opens a contact’s detail through the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ContactsSection />, { dataset: makeReviewsDataset() });
    await user.click(screen.getByRole('button', { name: 'C5+1 summit' }));
    await waitFor(() => expect(window.location.search).toBe('?open=contact:c5-2025'));
  });

  it('follows the year and dialogue filters from the URL, and says when none is left', () => {
    const { unmount } = renderWithProviders(<ContactsSection />, {
      dataset: makeReviewsDataset(),
      url: '/?dialogue=dialogue-a',
    });
    expect(screen.getByText('1 of 2 contacts')).toBeInTheDocument();
    expect(items()[0]).toHaveTextContent('C5+1 summit');
    unmount();
    renderWithProviders(<ContactsSection />, { dataset: makeReviewsDataset(), url: '/?year=2023' });
    expect(screen.getByText('No high-level contact matches these filters.')).toBeInTheDocument();
  });

  it('says so when the dataset records no contacts', () => {
    renderWithProviders(<ContactsSection />, { dataset: makeDataset() });
    expect(
      screen.getByText('No high-level contacts are recorded in this dataset.'),
    ).toBeInTheDocument();
  });
});
