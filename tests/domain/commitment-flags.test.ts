import {
  programmeTerm,
  flagCommitment,
  FLAG_LABELS,
  monthsBefore,
} from '@/domain/commitment-flags';
import { deriveStatus } from '@/domain/commitment-status';
import type { Commitment, CommitmentEvent, EventType } from '@/domain/schema';
import { evidence, makeCommitment, makeEvent } from '../support/fixtures';

const event = (id: string, type: EventType, value: string, extra: Partial<CommitmentEvent> = {}) =>
  makeEvent({
    id,
    type,
    date: {
      value,
      precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
      uncertain: false,
    },
    ...extra,
  });

const flags = (events: CommitmentEvent[], reference: string, extra: Partial<Commitment> = {}) => {
  const commitment = makeCommitment({ events, ...extra });
  return flagCommitment(commitment, deriveStatus(commitment, reference), reference);
};

const TERM = { from: '2022', to: '2026', evidence: evidence() };

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
  it('is named neutrally: it marks silence, not a judgment', () => {
    expect(FLAG_LABELS.quiet).toBe('No new evidence for 12 months');
  });

  it('flags a commitment that is not complete and has had no evidence for 12 months', () => {
    expect(flags([event('a', 'adopted', '2022-01-10')], '2023-01-11')).toEqual({
      quiet: true,
      overdue: false,
      quietSince: '2022-01-10',
      term: null,
    });
    expect(flags([event('a', 'adopted', '2022-01-10')], '2023-01-10').quiet).toBe(false);
  });

  it('counts any new evidence, positions and findings included, as a sign of life', () => {
    expect(
      flags(
        [event('a', 'adopted', '2022-01-10'), event('w', 'welcomed', '2022-12-01')],
        '2023-06-01',
      ).quiet,
    ).toBe(false);
  });

  it('never flags a complete commitment, whatever its kind', () => {
    expect(flags([event('f', 'in-force', '2015-01-01')], '2024-01-01').quiet).toBe(false);
    expect(
      flags([event('a', 'adopted', '2015-01-01')], '2024-01-01', { kind: 'decree' }).quiet,
    ).toBe(false);
    expect(
      flags([event('a', 'announced', '2015-01-01')], '2024-01-01', { kind: 'announcement-only' })
        .quiet,
    ).toBe(false);
  });

  it('never flags a reversed commitment', () => {
    const events = [
      event('a', 'adopted', '2015-01-01'),
      event('r', 'reversed', '2016-01-01', { extent: 'undoes' }),
    ];
    expect(flags(events, '2024-01-01').quiet).toBe(false);
  });

  it('does not flag a programme whose term has ended, and says when its term ends', () => {
    const programme = { kind: 'programme' as const, term: TERM };
    const announced = [event('a', 'announced', '2021-06-01')];
    expect(flags(announced, '2026-12-06', programme)).toMatchObject({
      quiet: true,
      term: { from: '2022', to: '2026', ended: false, successor: null },
    });
    expect(flags(announced, '2027-01-01', programme)).toMatchObject({
      quiet: false,
      term: { ended: true },
    });
  });

  it('reads a coarse date at the end of its period', () => {
    expect(flags([event('a', 'announced', '2022')], '2023-12-31').quiet).toBe(false);
    expect(flags([event('a', 'announced', '2022')], '2024-01-01').quiet).toBe(true);
  });

  it('ignores events after the reference date', () => {
    expect(
      flags(
        [event('a', 'adopted', '2020-01-01'), event('b', 'welcomed', '2024-01-01')],
        '2022-01-01',
      ).quiet,
    ).toBe(true);
  });

  it('flags an overdue deadline only while the commitment is not complete', () => {
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

describe(programmeTerm, () => {
  it('has no term for a commitment without one', () => {
    expect(programmeTerm(makeCommitment(), '2026-12-06')).toBeNull();
  });

  it('ends after the last day of the term and names a successor when one is recorded', () => {
    const commitment = makeCommitment({ term: TERM, successor: 'next' });
    expect(programmeTerm(commitment, '2026-12-31')?.ended).toBe(false);
    expect(programmeTerm(commitment, '2027-01-01')).toEqual({
      from: '2022',
      to: '2026',
      ended: true,
      successor: 'next',
    });
  });
});
