import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewDetail } from '@/features/reviews/review-detail';
import { renderWithProviders } from '../../support/render';
import { makeReviewsDataset } from './reviews-fixture';

const openParam = () => new URLSearchParams(window.location.search).get('open');

describe('ReviewDetail', () => {
  it('shows the edition’s value, scale, direction, whose word, quotes and the series’ editions', () => {
    renderWithProviders(<ReviewDetail id="rsf-2024" />, {
      dataset: makeReviewsDataset(),
      url: '/?open=review:rsf-2024',
    });

    const drawer = within(screen.getByRole('dialog', { name: 'World Press Freedom Index 2024' }));
    expect(drawer.getByText('Review or rating')).toBeInTheDocument();
    expect(drawer.getByText('142nd of 180', { selector: 'p' })).toBeInTheDocument();
    expect(drawer.getByText(/^, by$/)).toHaveTextContent(
      'World Press Freedom Index, by Reporters Without Borders',
    );
    const facts = drawer
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextSibling?.textContent]);
    expect(facts).toEqual([
      ['Whose word', 'Independent (NGO, media, academic)'],
      ['Measure', 'Rank'],
      ['Scale', 'rank of 180; 1 is freest'],
      ['Direction', 'Lower is better'],
      ['Value on the scale', '142'],
    ]);
    const value = drawer.getByRole('group', { name: 'The value, in the source’s words' });
    expect(within(value).getByText('“Kazakhstan ranks 142nd”')).toBeInTheDocument();
    expect(drawer.getByRole('group', { name: 'Published' })).toHaveTextContent('3 May 2024');
    const editions = drawer.getByRole('group', { name: 'Editions of World Press Freedom Index' });
    expect(editions).toHaveTextContent(
      'World Press Freedom Index 2024 (this edition): 142nd of 180',
    );
    expect(
      within(editions).getByRole('link', { name: 'World Press Freedom Index 2025' }),
    ).toBeInTheDocument();
    expect(
      drawer.getByText('The series is not linked to a reform commitment.'),
    ).toBeInTheDocument();
  });

  it('lists its sections under “On this page”, each moving focus to its heading', async () => {
    renderWithProviders(<ReviewDetail id="fiw-2025" />, {
      dataset: makeReviewsDataset(),
      url: '/?open=review:fiw-2025',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Freedom in the World 2025' }));
    const contents = within(drawer.getByRole('navigation', { name: 'On this page' }));
    expect(contents.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'The value, in the source’s words',
      'Published',
      'Editions',
      'Commitments it assesses',
      'Topics it bears on',
    ]);
    await userEvent.click(contents.getByRole('link', { name: 'Commitments it assesses' }));
    expect(drawer.getByRole('heading', { name: 'Commitments it assesses' })).toHaveFocus();
  });

  it('opens another edition, the commitments it assesses and its topics through the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ReviewDetail id="fiw-2025" />, {
      dataset: makeReviewsDataset(),
      url: '/?open=review:fiw-2025',
    });

    const drawer = within(screen.getByRole('dialog', { name: 'Freedom in the World 2025' }));
    expect(drawer.getByText('(month known only)')).toBeInTheDocument();
    await user.click(drawer.getByRole('link', { name: 'A reform' }));
    await waitFor(() => expect(openParam()).toBe('commitment:commitment-a'));
    await user.click(drawer.getByRole('link', { name: 'Topic A' }));
    await waitFor(() => expect(openParam()).toBe('topic:topic-a'));
    const edition = drawer.getByRole('link', { name: 'Freedom in the World 2024' });
    expect(edition).toHaveAttribute('href', '/?open=review:fiw-2024');
    await user.click(edition);
    await waitFor(() => expect(openParam()).toBe('review:fiw-2024'));
  });

  it('shows an outcome with what it covers and no value on a scale', () => {
    renderWithProviders(<ReviewDetail id="upr-2025" />, { dataset: makeReviewsDataset() });
    const drawer = within(
      screen.getByRole('dialog', { name: 'Universal Periodic Review, fourth cycle' }),
    );
    expect(drawer.getByText('Covers')).toBeInTheDocument();
    expect(drawer.getByText('2019–2024')).toBeInTheDocument();
    expect(drawer.queryByText('Value on the scale')).not.toBeInTheDocument();
    expect(drawer.getByText('Values are not ranked better or worse')).toBeInTheDocument();
  });

  it('says when the edition was published after the View as of date, or does not exist', () => {
    const { unmount } = renderWithProviders(<ReviewDetail id="rsf-2025" />, {
      dataset: makeReviewsDataset(),
      url: '/?asof=2025-01-01&open=review:rsf-2025',
    });
    expect(
      screen.getByText('This edition was published after 1 January 2025, the “View as of” date.'),
    ).toBeInTheDocument();
    unmount();
    renderWithProviders(<ReviewDetail id="gone" />, { dataset: makeReviewsDataset() });
    expect(screen.getByRole('dialog', { name: 'Review not found' })).toHaveTextContent(
      'No review or rating with the id “gone” is in this dataset.',
    );
  });
});
