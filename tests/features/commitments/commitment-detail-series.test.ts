import { deriveStatus } from '@/domain/commitment-status';
import {
  buildEventHistory,
  describePractice,
  describeReversal,
  describeStatusReason,
  describeTerm,
} from '@/features/commitments/commitment-detail-series';
import type { CommitmentEvent } from '@/domain/schema';
import { makeCommitment, makeEvent } from '../../support/fixtures';
import { makeCommitmentsDataset } from './commitments-fixture';

const dataset = makeCommitmentsDataset();

const on = (value: string, precision: 'day' | 'month' | 'year' = 'day') => ({
  value,
  precision,
  uncertain: false,
});

describe(buildEventHistory, () => {
  it('lists events oldest first with labels, whose word, meeting and the event that set completion', () => {
    const alpha = dataset.index.commitmentById.get('alpha');
    const derived = dataset.index.statusByCommitment.get('alpha');
    if (!alpha || !derived) throw new Error('fixture changed');
    const history = buildEventHistory(dataset, alpha, derived);
    expect(
      history.map((event) => [
        event.id,
        event.date,
        event.typeLabel,
        event.detailLabel,
        event.voiceLabel,
      ]),
    ).toEqual([
      ['alpha-1', 'January 2023', 'Adopted / signed', null, 'Kazakh government'],
      ['alpha-4', 'c. 2024', 'Criticised', null, 'Independent (NGO, media, academic)'],
      ['alpha-2', '16 June 2024', 'Entered into force', null, 'Kazakh government'],
      [
        'alpha-5',
        '20 June 2024',
        'Practice finding',
        'Applied with shortfalls',
        'Independent (NGO, media, academic)',
      ],
      ['alpha-3', 'July 2024', 'Welcomed', null, 'US government'],
    ]);
    expect(history.filter((event) => event.setsStatus).map((event) => event.id)).toEqual([
      'alpha-2',
    ]);
    expect(history[2]).toMatchObject({
      value: '2024-06-16',
      type: 'in-force',
      text: 'The law took effect.',
      meeting: { id: 'meeting-1', label: 'A round 1, 11 April 2022' },
      evidence: [{ source: 'src-a', quote: 'entered into force on 16 June' }],
      governmentReported: false,
    });
    expect(history[0]?.meeting).toBeNull();
  });

  it('marks the reversal and a government-reported finding', () => {
    const delta = dataset.index.commitmentById.get('delta');
    const derived = dataset.index.statusByCommitment.get('delta');
    if (!delta || !derived) throw new Error('fixture changed');
    const history = buildEventHistory(dataset, delta, derived);
    expect(history.map((event) => [event.id, event.setsStatus, event.setsReversal])).toEqual([
      ['delta-1', false, false],
      ['delta-2', true, false],
      ['delta-3', false, true],
    ]);
    expect(history[1]?.governmentReported).toBe(true);
    expect(history[2]?.detailLabel).toBe('narrows the reform');
  });

  it('marks nothing without a derivation, and shows an unknown meeting by its id', () => {
    const commitment = makeCommitment({
      events: [makeEvent({ id: 'w', type: 'welcomed', voice: 'eu', meeting: 'gone' })],
    });
    expect(buildEventHistory(dataset, commitment, null)).toEqual([
      expect.objectContaining({
        id: 'w',
        voiceLabel: 'European Union',
        meeting: { id: 'gone', label: 'gone' },
        setsStatus: false,
        setsReversal: false,
      }),
    ]);
  });
});

describe(describeStatusReason, () => {
  const reason = (kind: 'law' | 'institution', events: CommitmentEvent[]) => {
    const commitment = makeCommitment({ kind, events });
    return describeStatusReason(commitment, deriveStatus(commitment));
  };

  it('names the rung, the date, the act and whose word it is, and says when it is complete', () => {
    expect(
      reason('law', [
        makeEvent({
          id: 'f',
          type: 'in-force',
          text: 'The law took effect.',
          date: on('2024-06-16'),
        }),
      ]),
    ).toBe(
      'In force, reached on 16 June 2024 by: The law took effect. Whose word: Kazakh government. Complete for a law.',
    );
  });

  it('says when a practice finding showed completion', () => {
    expect(
      reason('institution', [
        makeEvent({ id: 'a', type: 'adopted', text: 'Set up.', date: on('2002', 'year') }),
        makeEvent({
          id: 'p',
          type: 'assessed',
          finding: 'applied',
          text: 'It handled 1,614 appeals.',
          date: on('2021-11', 'month'),
        }),
      ]),
    ).toBe(
      'Operating, shown in November 2021 by a practice finding (no entry into force is recorded) by: It handled 1,614 appeals. Whose word: Kazakh government. Complete for an institution.',
    );
  });

  it('says so when nothing reaches a rung', () => {
    expect(reason('law', [makeEvent({ type: 'welcomed' })])).toBe(
      'No evidence: no act that reaches a rung of a law is recorded.',
    );
  });
});

describe(describeReversal, () => {
  it('describes the reversal with its date and whose word it is, or nothing', () => {
    const delta = dataset.index.statusByCommitment.get('delta');
    const alpha = dataset.index.statusByCommitment.get('alpha');
    if (!delta || !alpha) throw new Error('fixture changed');
    expect(describeReversal(delta)).toBe(
      'Partly reversed on 1 February 2022: A later law cut its powers. Whose word: Kazakh government.',
    );
    expect(describeReversal(alpha)).toBeNull();
  });
});

describe(describePractice, () => {
  it('gives the headline with whose word it is', () => {
    const alpha = dataset.index.statusByCommitment.get('alpha');
    if (!alpha) throw new Error('fixture changed');
    expect(describePractice(alpha.practice)).toBe(
      'Applied with shortfalls (Found by: Independent (NGO, media, academic), 20 June 2024): An NGO found it applied unevenly.',
    );
  });

  it('marks a government-reported headline and says what is missing', () => {
    const delta = dataset.index.statusByCommitment.get('delta');
    if (!delta) throw new Error('fixture changed');
    expect(describePractice(delta.practice)).toBe(
      'Applied (Government-reported, March 2021): The office reported 100 cases handled. No assessment from outside the Kazakh government is recorded.',
    );
  });

  it('says that nothing tells what changed when no finding is recorded', () => {
    const bravo = dataset.index.statusByCommitment.get('bravo');
    if (!bravo) throw new Error('fixture changed');
    expect(describePractice(bravo.practice)).toBe(
      'No practice finding is recorded: nothing here says what changed in practice.',
    );
  });
});

describe(describeTerm, () => {
  it.each([
    [
      { from: '2022', to: '2026', ended: false, successor: null },
      null,
      'Term 2022–2026: runs to the end of 2026; no successor is recorded.',
    ],
    [
      { from: '2022', to: '2026', ended: true, successor: null },
      null,
      'Term 2022–2026: ended at the end of 2026; no successor is recorded.',
    ],
    [
      { from: '2022', to: '2026', ended: true, successor: 'next' },
      'Concept 2027–2031',
      'Term 2022–2026: ended at the end of 2026; succeeded by “Concept 2027–2031”.',
    ],
  ])('describes %j', (term, successor, sentence) => {
    expect(describeTerm(term, successor)).toBe(sentence);
  });
});
