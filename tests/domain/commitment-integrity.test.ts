import { checkIntegrity } from '@/domain/integrity';
import type { CommitmentEvent } from '@/domain/schema';
import { evidence, makeCommitment, makeDataset, makeEvent } from '../support/fixtures';

const problemsOf = (events: CommitmentEvent[], extra = {}, more = {}) =>
  checkIntegrity(makeDataset({ commitments: [makeCommitment({ events, ...extra })], ...more }));

describe('commitment rules of schema version 2', () => {
  it('accepts a finding on an assessed event and an extent on a reversal', () => {
    expect(
      problemsOf([
        makeEvent({ id: 'a', type: 'adopted' }),
        makeEvent({ id: 'f', type: 'assessed', finding: 'applied' }),
        makeEvent({ id: 'r', type: 'reversed', extent: 'narrows' }),
      ]),
    ).toEqual([]);
  });

  it('asks for a finding on an assessed event, naming the values', () => {
    expect(problemsOf([makeEvent({ type: 'assessed' })])).toEqual([
      {
        path: 'commitments[0].events[0].finding',
        message:
          'is missing; a practice finding ("assessed") needs a finding: one of applied, shortfalls, no-change, worsened',
      },
    ]);
  });

  it('refuses a finding or an extent on an event of another type', () => {
    expect(
      problemsOf([makeEvent({ type: 'adopted', finding: 'applied', extent: 'undoes' })]),
    ).toEqual([
      {
        path: 'commitments[0].events[0].finding',
        message:
          'is set, but only a practice finding ("assessed") has a finding; this event is "adopted"',
      },
      {
        path: 'commitments[0].events[0].extent',
        message: 'is set, but only a reversal ("reversed") has an extent; this event is "adopted"',
      },
    ]);
  });

  it('asks for an extent on a reversal', () => {
    expect(problemsOf([makeEvent({ type: 'reversed' })])[0]?.message).toMatch(
      /^is missing; a reversal \("reversed"\) needs an extent: one of narrows, suspends, undoes$/,
    );
  });

  it('refuses a term that ends before it starts', () => {
    expect(
      problemsOf([makeEvent()], { term: { from: '2026', to: '2022', evidence: evidence() } }),
    ).toEqual([
      {
        path: 'commitments[0].term.to',
        message: `2022 is before the term's start (2026); a term runs from "from" to "to"`,
      },
    ]);
  });

  it('refuses a successor that does not exist, is the commitment itself, or has no term to end', () => {
    const term = { from: '2022', to: '2026', evidence: evidence() };
    expect(problemsOf([makeEvent()], { term, successor: 'missing' })).toEqual([
      {
        path: 'commitments[0].successor',
        message: 'refers to commitment "missing", which is not in commitments',
      },
    ]);
    expect(problemsOf([makeEvent()], { term, successor: 'commitment-a' })[0]?.message).toBe(
      'names the commitment itself; a successor is another commitment',
    );
    const next = makeCommitment({ id: 'next', events: [makeEvent({ id: 'n' })] });
    expect(
      checkIntegrity(makeDataset({ commitments: [makeCommitment({ successor: 'next' }), next] })),
    ).toEqual([
      {
        path: 'commitments[0].successor',
        message: 'is set without a term; only a commitment with a term can be succeeded',
      },
    ]);
  });
});
