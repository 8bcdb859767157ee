import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewAssessments } from '@/components/evidence/review-assessments';
import { makeDataset } from '../../support/fixtures';
import { makeReviewsDataset } from '../../features/reviews/reviews-fixture';

describe('ReviewAssessments', () => {
  it('lists the editions assessing the commitment, newest first, with whose word, and opens one', async () => {
    const onOpenReview = vi.fn();
    render(
      <ReviewAssessments
        dataset={makeReviewsDataset()}
        commitmentId="commitment-a"
        asOf=""
        onOpenReview={onOpenReview}
      />,
    );

    expect(
      screen.getByRole('heading', { name: 'Reviews and ratings that assess it' }),
    ).toBeInTheDocument();
    const items = within(
      screen.getByRole('list', { name: 'Reviews and ratings that assess it' }),
    ).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Trafficking in Persons Report 2025 (June 2025): Tier 2Trafficking in Persons Report, US Department of State · whose word: US government',
      'Universal Periodic Review, fourth cycle (March 2025): 259 of 294 recommendations acceptedUniversal Periodic Review, UN Human Rights Council · whose word: UN or intergovernmental body',
      'Freedom in the World 2025 (February 2025): 23/100, Not FreeFreedom in the World, Freedom House · whose word: Independent (NGO, media, academic)',
      'Freedom in the World 2024 (February 2024): 23/100, Not FreeFreedom in the World, Freedom House · whose word: Independent (NGO, media, academic)',
    ]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Trafficking in Persons Report 2025' }),
    );
    expect(onOpenReview).toHaveBeenCalledWith('tip-2025');
  });

  it('leaves out editions after the as-of date and says when none is left', () => {
    const { rerender } = render(
      <ReviewAssessments
        dataset={makeReviewsDataset()}
        commitmentId="commitment-a"
        asOf="2025-02-28"
        onOpenReview={() => {}}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    rerender(
      <ReviewAssessments
        dataset={makeDataset()}
        commitmentId="commitment-a"
        asOf=""
        onOpenReview={() => {}}
      />,
    );
    expect(
      screen.getByText('No review or rating in the dataset lists this commitment.'),
    ).toBeInTheDocument();
  });
});
