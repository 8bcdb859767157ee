import { recordEndsOn } from '@/domain/record-end';
import type { Review } from '@/domain/schema';
import { evidence, makeCommitment, makeDataset, makeEvent, makeMeeting } from '../support/fixtures';

const on = (value: string) => ({
  value,
  precision:
    value.length === 10
      ? ('day' as const)
      : value.length === 7
        ? ('month' as const)
        : ('year' as const),
  uncertain: false,
});

describe(recordEndsOn, () => {
  it('is the latest commitment event or held meeting, ignoring planned meetings', () => {
    const dataset = makeDataset({
      meetings: [
        makeMeeting({ date: { ...on('2024-05-20'), evidence: evidence() } }),
        makeMeeting({
          id: 'planned',
          round: 2,
          status: 'planned',
          date: { ...on('2027'), evidence: evidence() },
        }),
      ],
      commitments: [makeCommitment({ events: [makeEvent({ date: on('2025-12-30') })] })],
    });
    expect(recordEndsOn(dataset)).toBe('2025-12-30');
  });

  it('counts a year-only date from 1 January, and includes reviews and contacts', () => {
    const review = {
      id: 'r',
      series: 's',
      edition: 'E',
      date: { ...on('2026'), evidence: evidence() },
      value: null,
      label: 'L',
      evidence: evidence(),
    } satisfies Review;
    const dataset = makeDataset({
      commitments: [makeCommitment({ events: [makeEvent({ date: on('2025-12-30') })] })],
      reviews: [review],
    });
    expect(recordEndsOn(dataset)).toBe('2026-01-01');
  });

  it('is null when nothing is dated', () => {
    expect(recordEndsOn(makeDataset({ meetings: [], commitments: [] }))).toBeNull();
  });
});
