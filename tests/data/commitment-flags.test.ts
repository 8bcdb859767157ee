import { flagCommitment, monthsBefore } from '@/data/commitment-flags';
import { deriveStatus } from '@/data/commitment-status';
import type { EventType } from '@/data/schema';
import { evidence, makeCommitment, makeEvent } from '../support/fixtures';

const event = (id: string, type: EventType, value: string) =>
  makeEvent({
    id,
    type,
    date: {
      value,
      precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
      uncertain: false,
    },
  });

const flags = (events: ReturnType<typeof event>[], reference: string, extra = {}) => {
  const commitment = makeCommitment({ events, ...extra });
  return flagCommitment(commitment, deriveStatus(events, reference), reference);
};

describe(monthsBefore, () => {
  it.each([
    ['2024-05-20', 12, '2023-05-20'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2024-01-15', 2, '2023-11-15'],
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});

describe(flagCommitment, () => {
  it('flags a commitment that is not in force and has had no evidence for 12 months', () => {
    expect(flags([event('a', 'adopted', '2022-01-10')], '2023-01-11')).toEqual({
      stalled: true,
      overdue: false,
      quietSince: '2022-01-10',
    });
    expect(flags([event('a', 'adopted', '2022-01-10')], '2023-01-10').stalled).toBe(false);
  });

  it('counts any new evidence, assessments included, as a sign of life', () => {
    expect(
      flags(
        [event('a', 'adopted', '2022-01-10'), event('w', 'welcomed', '2022-12-01')],
        '2023-06-01',
      ).stalled,
    ).toBe(false);
  });

  it('never flags a complete (in force or implemented) commitment', () => {
    expect(flags([event('f', 'in-force', '2015-01-01')], '2024-01-01')).toEqual({
      stalled: false,
      overdue: false,
      quietSince: null,
    });
  });

  it('reads a coarse date at the end of its period', () => {
    expect(flags([event('a', 'announced', '2022')], '2023-12-31').stalled).toBe(false);
    expect(flags([event('a', 'announced', '2022')], '2024-01-01').stalled).toBe(true);
  });

  it('ignores events after the reference date', () => {
    expect(
      flags(
        [event('a', 'adopted', '2020-01-01'), event('b', 'welcomed', '2024-01-01')],
        '2022-01-01',
      ).stalled,
    ).toBe(true);
  });

  it('flags an overdue deadline only while the commitment is not in force', () => {
    const deadline = {
      value: '2023-12',
      precision: 'month' as const,
      uncertain: false,
      evidence: evidence(),
    };
    expect(flags([event('a', 'adopted', '2023-06-01')], '2024-01-01', { deadline }).overdue).toBe(
      true,
    );
    expect(flags([event('a', 'adopted', '2023-06-01')], '2023-12-31', { deadline }).overdue).toBe(
      false,
    );
    expect(flags([event('a', 'in-force', '2023-06-01')], '2024-01-01', { deadline }).overdue).toBe(
      false,
    );
  });
});
