import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewsSection } from '@/features/reviews/reviews-section';
import { isolate } from '@/lib/isolate';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';
import { FilterProbe } from '../../support/filter-probe';
import { makeReviewsDataset } from './reviews-fixture';

// The takeaway titles isolate every value from the data: the figures' accessible names carry the marks.
const fh = isolate('Freedom House');
const rwb = isolate('Reporters Without Borders');
const openParam = () => new URLSearchParams(window.location.search).get('open');

describe('ReviewsSection', () => {
  it('draws a frame per rated series, titled by its takeaway and described with whose word it is', () => {
    renderWithProviders(<ReviewsSection />, { dataset: makeReviewsDataset() });

    const section = screen.getByRole('region', { name: 'Reviews and ratings' });
    expect(section).toHaveTextContent('the Dialogue and Status filters do not');
    expect(within(section).getByText('All 6 editions')).toBeInTheDocument();
    const figures = within(section).getAllByRole('figure');
    expect(figures).toHaveLength(3);
    const fiw = screen.getByRole('figure', {
      name: `${fh} has rated Kazakhstan ${isolate('23/100, Not Free')}, in both its 2024 and 2025 editions`,
    });
    expect(fiw).toHaveAccessibleDescription(
      `Freedom in the World, by Freedom House; whose word: Independent (NGO, media, academic). Scale: ${isolate('0–100; higher is freer')}. Higher is better. 2 editions: 23 (2024 edition); 23 (2025 edition). The chart places each by its date of publication.`,
    );
    expect(
      screen.getByRole('figure', {
        name: `${rwb} ranked Kazakhstan ${isolate('141st of 180')} in its 2025 edition, better than ${isolate('142nd of 180')} in its 2024 edition`,
      }),
    ).toHaveAccessibleDescription(/Lower is better, so the axis runs downwards: better is up\./);
    expect(
      screen.getByRole('figure', {
        name: `${isolate('US Department of State')} placed Kazakhstan in ${isolate('Tier 2')} in its 2025 edition`,
      }),
    ).toHaveAccessibleDescription(/whose word: US government\./);
  });

  it('lists outcome reviews by date with whose word, and opens an edition from the list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewsSection />, { dataset: makeReviewsDataset() });

    expect(
      screen.getByRole('heading', { name: 'Reviews with an outcome in words' }),
    ).toBeInTheDocument();
    const editions = screen.getByRole('list', {
      name: `Editions of ${isolate('Universal Periodic Review')}`,
    });
    expect(editions).toHaveTextContent(
      'March 2025Universal Periodic Review, fourth cycle: 259 of 294 recommendations accepted (covers 2019–2024)',
    );
    expect(screen.getByText('UN or intergovernmental body')).toBeInTheDocument();
    await user.click(
      within(editions).getByRole('button', { name: 'Universal Periodic Review, fourth cycle' }),
    );
    await waitFor(() => expect(openParam()).toBe('review:upr-2025'));
  });

  it('has a table of each series’ editions that open their detail', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewsSection />, { dataset: makeReviewsDataset() });

    const rsf = screen.getByRole('figure', { name: /^\u2068Reporters Without Borders\u2069 / });
    await user.click(within(rsf).getByText('Show the data as a table'));
    const table = within(rsf).getByRole('table', {
      name: `Editions of ${isolate('World Press Freedom Index')}, oldest first`,
    });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'EditionPublishedValueCovers',
      'World Press Freedom Index 20243 May 2024142nd of 180—',
      'World Press Freedom Index 20252 May 2025141st of 180—',
    ]);
    await user.click(within(table).getByRole('button', { name: 'World Press Freedom Index 2025' }));
    await waitFor(() => expect(openParam()).toBe('review:rsf-2025'));
  });

  it('follows the shared filters from the URL: topic, year, search and View as of', () => {
    const { unmount } = renderWithProviders(<ReviewsSection />, {
      dataset: makeReviewsDataset(),
      url: '/?topic=topic-b',
    });
    expect(screen.getByText('3 of 6 editions')).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: /^\u2068Freedom House\u2069 / }),
    ).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<ReviewsSection />, {
      dataset: makeReviewsDataset(),
      url: '/?asof=2025-02-28',
    });
    expect(screen.getByText('All 3 editions')).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: `${rwb} ranked Kazakhstan ${isolate('142nd of 180')} in its 2024 edition`,
      }),
    ).toBeInTheDocument();
  });

  it('says when the filters leave nothing, leaving the reset to the filter bar', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <FilterProbe label="Search for nothing" patch={{ search: 'nothing like this' }} />
        <ReviewsSection />
      </>,
      { dataset: makeReviewsDataset() },
    );
    await user.click(screen.getByRole('button', { name: 'Search for nothing' }));
    expect(await screen.findByText('No review editions match these filters')).toBeInTheDocument();
    expect(screen.getByText('0 of 6 editions')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument();
  });

  it('says so when the dataset records no reviews', () => {
    renderWithProviders(<ReviewsSection />, { dataset: makeDataset() });
    expect(
      screen.getByText('No reviews or ratings are recorded in this dataset.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
