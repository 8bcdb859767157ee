import { datasetAsOf, datedBy } from '@/domain/as-of';
import {
  evidence,
  makeCommitment,
  makeContact,
  makeDataset,
  makeEvent,
  makeMeeting,
  makeReview,
  makeReviewSeries,
} from '../support/fixtures';

const dataset = makeDataset({
  meetings: [
    makeMeeting({
      id: 'r1',
      outcomes: [
        {
          kind: 'next-meeting-agreed',
          text: 'Next round in 2023 in Washington.',
          meeting: 'r2',
          evidence: evidence('src-b', 'next in 2023'),
        },
      ],
    }),
    makeMeeting({
      id: 'r2',
      round: 2,
      date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
      location: {
        city: 'Washington, DC',
        country: 'United States',
        format: 'in-person',
        evidence: evidence(),
      },
    }),
    makeMeeting({
      id: 'r3',
      round: 3,
      status: 'planned',
      date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
    }),
  ],
  commitments: [
    makeCommitment({
      discussedAt: [{ meeting: 'r2', evidence: evidence() }],
      events: [
        makeEvent({ id: 'a', date: { value: '2022-05-01', precision: 'day', uncertain: false } }),
        makeEvent({
          id: 'b',
          type: 'in-force',
          date: { value: '2023-06', precision: 'month', uncertain: false },
        }),
      ],
    }),
    makeCommitment({
      id: 'later',
      discussedAt: [],
      events: [
        makeEvent({ id: 'c', date: { value: '2024-01-01', precision: 'day', uncertain: false } }),
      ],
    }),
  ],
});

describe(datasetAsOf, () => {
  it('keeps meetings held by then and shows an agreed later meeting as planned, with only what was agreed', () => {
    const view = datasetAsOf(dataset, '2022-12-31');
    expect(view.meetings.map((m) => [m.id, m.status])).toEqual([
      ['r1', 'held'],
      ['r2', 'planned'],
    ]);
    const r2 = view.meetings[1];
    expect(r2?.date).toEqual({
      value: '2023',
      precision: 'year',
      uncertain: false,
      evidence: evidence('src-b', 'next in 2023'),
    });
    expect(r2?.topics).toEqual([]);
    expect(r2?.coChairs).toEqual([]);
    expect(r2?.gaps[0]).toMatch(/As of 31 December 2022 this meeting had not taken place/);
  });

  it('drops planned meetings nobody had agreed by then, and unlinks outcomes that point to them', () => {
    const view = datasetAsOf(dataset, '2022-04-10');
    expect(view.meetings).toEqual([]);
    const later = datasetAsOf(dataset, '2023-02-01');
    expect(later.meetings.map((m) => m.id)).toEqual(['r1', 'r2']);
  });

  it('truncates histories at the date (inclusive) and drops commitments with nothing yet', () => {
    const view = datasetAsOf(dataset, '2023-05-31');
    expect(view.commitments.map((c) => [c.id, c.events.map((e) => e.id)])).toEqual([
      ['commitment-a', ['a']],
    ]);
    expect(datasetAsOf(dataset, '2023-06-01').commitments[0]?.events.map((e) => e.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('keeps only the discussions at meetings that had happened', () => {
    expect(datasetAsOf(dataset, '2022-12-31').commitments[0]?.discussedAt).toEqual([]);
    expect(datasetAsOf(dataset, '2023-01-24').commitments[0]?.discussedAt).toHaveLength(1);
  });

  it('after the last record keeps every history whole; a planned meeting needs a recorded agreement', () => {
    const view = datasetAsOf(dataset, '2030-01-01');
    expect(view.commitments).toEqual(dataset.commitments);
    // r3 is planned in the data, but no meeting's outcome records the agreement, so its date of
    // planning is unknown and it is not shown in any past view.
    expect(view.meetings.map((m) => m.id)).toEqual(['r1', 'r2']);
  });

  it('drops review editions and contacts dated after the day, a year or month counting from its start', () => {
    const withReviews = makeDataset({
      reviewSeries: [makeReviewSeries()],
      reviews: [
        makeReview({ id: 'fiw-2024', date: { ...makeReview().date, value: '2024' } }),
        makeReview({ id: 'fiw-2025', date: { ...makeReview().date, value: '2025-02' } }),
      ],
      contacts: [makeContact()],
    });
    const early = datasetAsOf(withReviews, '2025-01-31');
    expect(early.reviewSeries).toEqual(withReviews.reviewSeries);
    expect(early.reviews?.map((review) => review.id)).toEqual(['fiw-2024']);
    expect(early.contacts).toEqual([]);
    const later = datasetAsOf(withReviews, '2025-11-06');
    expect(later.reviews?.map((review) => review.id)).toEqual(['fiw-2024', 'fiw-2025']);
    expect(later.contacts?.map((contact) => contact.id)).toEqual(['c5-2025']);
  });

  it('leaves the optional collections out when the dataset has none', () => {
    expect(datasetAsOf(dataset, '2030-01-01')).not.toHaveProperty('reviews');
    expect(datasetAsOf(dataset, '2030-01-01')).not.toHaveProperty('contacts');
  });
});

describe(datedBy, () => {
  it.each([
    ['2025', '2025-01-01', true],
    ['2025', '2024-12-31', false],
    ['2025-02', '2025-02-01', true],
    ['2025-02-10', '2025-02-09', false],
    ['2025-02-10', '2025-02-10', true],
    ['2099', '', true],
  ])('%s by %j: %s', (value, asOf, expected) => {
    expect(datedBy(value, asOf)).toBe(expected);
  });
});
