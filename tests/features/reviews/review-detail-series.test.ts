import { describeReview } from '@/features/reviews/review-detail-series';
import { makeCommitment, makeReview } from '../../support/fixtures';
import { makeReviewsDataset } from './reviews-fixture';

describe(describeReview, () => {
  it('gives the edition its series, whose word, direction, editions, commitments and topics', () => {
    const model = describeReview(makeReviewsDataset(), 'fiw-2024');
    expect(model?.review.id).toBe('fiw-2024');
    expect(model?.series?.id).toBe('fiw');
    expect(model?.voiceLabel).toBe('Independent (NGO, media, academic)');
    expect(model?.direction).toBe('Higher is better');
    expect(model?.editions).toEqual([
      {
        id: 'fiw-2024',
        edition: 'Freedom in the World 2024',
        dateLabel: 'February 2024',
        label: '23/100, Not Free',
        current: true,
      },
      {
        id: 'fiw-2025',
        edition: 'Freedom in the World 2025',
        dateLabel: 'February 2025',
        label: '23/100, Not Free',
        current: false,
      },
    ]);
    expect(model?.commitments).toEqual([{ id: 'commitment-a', title: 'A reform' }]);
    expect(model?.topics).toEqual([{ id: 'topic-a', label: 'Topic A' }]);
  });

  it('leaves out commitments the view does not hold (none yet as of an early date)', () => {
    const dataset = { ...makeReviewsDataset(), commitments: [makeCommitment({ id: 'other' })] };
    expect(describeReview(dataset, 'fiw-2025')?.commitments).toEqual([]);
  });

  it('says when the direction is unknown, and is null for an unknown id', () => {
    expect(describeReview(makeReviewsDataset(), 'upr-2025')?.direction).toBe(
      'Values are not ranked better or worse',
    );
    expect(describeReview(makeReviewsDataset(), 'no-such-review')).toBeNull();
  });

  it('still shows an edition whose series is missing', () => {
    const dataset = makeReviewsDataset({ reviews: [makeReview({ series: 'gone' })] });
    expect(describeReview(dataset, 'fiw-2025')).toMatchObject({
      series: null,
      voiceLabel: null,
      commitments: [],
      editions: [{ id: 'fiw-2025', current: true }],
    });
  });
});
