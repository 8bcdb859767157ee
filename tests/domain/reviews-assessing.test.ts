import { reviewsAssessing } from '@/domain/reviews-assessing';
import { makeDataset, makeReview, makeReviewSeries } from '../support/fixtures';

const dated = (value: string) => ({ ...makeReview().date, value });

const dataset = makeDataset({
  reviewSeries: [
    makeReviewSeries(),
    makeReviewSeries({
      id: 'tip',
      name: 'Trafficking in Persons Report',
      publisher: 'US Department of State',
      voice: 'us-government',
      measure: 'tier',
      scale: 'Tier 1 (best) to Tier 3',
      higherIsBetter: false,
    }),
    makeReviewSeries({ id: 'rsf', name: 'World Press Freedom Index', commitments: [] }),
  ],
  reviews: [
    makeReview({ id: 'fiw-2024', date: dated('2024-02') }),
    makeReview({
      id: 'tip-2024',
      series: 'tip',
      edition: 'TIP 2024',
      label: 'Tier 2',
      date: dated('2024-06-24'),
    }),
    makeReview({ id: 'fiw-2025', date: dated('2025-02') }),
    makeReview({ id: 'rsf-2025', series: 'rsf', label: '141st of 180', date: dated('2025-05') }),
  ],
});

describe(reviewsAssessing, () => {
  it('lists the editions of every series that assesses the commitment, newest first', () => {
    const found = reviewsAssessing(dataset, 'commitment-a', '');
    expect(found.map((entry) => entry.reviewId)).toEqual(['fiw-2025', 'tip-2024', 'fiw-2024']);
    expect(found[1]).toEqual({
      reviewId: 'tip-2024',
      seriesId: 'tip',
      seriesName: 'Trafficking in Persons Report',
      publisher: 'US Department of State',
      edition: 'TIP 2024',
      dateValue: '2024-06-24',
      dateLabel: '24 June 2024',
      label: 'Tier 2',
      scale: 'Tier 1 (best) to Tier 3',
      voice: 'us-government',
      voiceLabel: 'US government',
    });
  });

  it('leaves out editions published after the as-of day (a month counts from its first day)', () => {
    expect(reviewsAssessing(dataset, 'commitment-a', '2025-01-31').map((e) => e.reviewId)).toEqual([
      'tip-2024',
      'fiw-2024',
    ]);
    expect(reviewsAssessing(dataset, 'commitment-a', '2025-02-01')[0]?.reviewId).toBe('fiw-2025');
    expect(reviewsAssessing(dataset, 'commitment-a', '2024-01-31')).toEqual([]);
  });

  it('orders editions of the same date by series name', () => {
    const sameDay = makeDataset({
      reviewSeries: [
        makeReviewSeries({ id: 'b', name: 'B index' }),
        makeReviewSeries({ id: 'a', name: 'A index' }),
      ],
      reviews: [makeReview({ id: 'b-1', series: 'b' }), makeReview({ id: 'a-1', series: 'a' })],
    });
    expect(reviewsAssessing(sameDay, 'commitment-a', '').map((e) => e.reviewId)).toEqual([
      'a-1',
      'b-1',
    ]);
  });

  it('is empty for a commitment no series lists, an unknown id, or a dataset without reviews', () => {
    expect(reviewsAssessing(dataset, 'no-such-commitment', '')).toEqual([]);
    expect(reviewsAssessing(makeDataset(), 'commitment-a', '')).toEqual([]);
    expect(
      reviewsAssessing(makeDataset({ reviewSeries: [makeReviewSeries()] }), 'commitment-a', ''),
    ).toEqual([]);
  });
});
