import type { DerivedStatus } from '@/data/commitment-status';
import {
  buildEventHistory,
  describeStatusReason,
} from '@/features/commitments/commitment-detail-series';
import { makeCommitment, makeEvent } from '../../support/fixtures';
import { makeCommitmentsDataset } from './commitments-fixture';

const dataset = makeCommitmentsDataset();

describe(buildEventHistory, () => {
  it('lists events oldest first with labels, actor, meeting and the event that set the status', () => {
    const alpha = dataset.index.commitmentById.get('alpha');
    const derived = dataset.index.statusByCommitment.get('alpha');
    if (!alpha || !derived) throw new Error('fixture changed');
    const history = buildEventHistory(dataset, alpha, derived.reachedBy);
    expect(
      history.map((event) => [event.id, event.date, event.typeLabel, event.actorLabel]),
    ).toEqual([
      ['alpha-1', 'January 2023', 'Adopted / signed', 'Kazakhstan'],
      ['alpha-4', 'c. 2024', 'Criticised', 'Other'],
      ['alpha-2', '16 June 2024', 'Entered into force', 'Kazakhstan'],
      ['alpha-3', 'July 2024', 'Welcomed', 'United States'],
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
    });
    expect(history[0]?.meeting).toBeNull();
  });

  it('marks nothing when no event set the status, and shows an unknown meeting by its id', () => {
    const commitment = makeCommitment({
      events: [makeEvent({ id: 'w', type: 'welcomed', actor: 'eu', meeting: 'gone' })],
    });
    expect(buildEventHistory(dataset, commitment, null)).toEqual([
      expect.objectContaining({
        id: 'w',
        actorLabel: 'European Union',
        meeting: { id: 'gone', label: 'gone' },
        setsStatus: false,
      }),
    ]);
  });
});

describe(describeStatusReason, () => {
  const status = (overrides: Partial<DerivedStatus>): DerivedStatus => ({
    status: 'no-evidence',
    reachedBy: null,
    latest: null,
    welcomed: 0,
    criticised: 0,
    ...overrides,
  });

  it.each([
    [
      status({
        status: 'in-force',
        reachedBy: makeEvent({
          type: 'in-force',
          text: 'The law took effect.',
          date: { value: '2024-06-16', precision: 'day', uncertain: false },
        }),
      }),
      'Status: In force, reached on 16 June 2024 by: The law took effect.',
    ],
    [
      status({
        status: 'implementing',
        reachedBy: makeEvent({
          type: 'implemented',
          text: 'Courts applied it.',
          date: { value: '2025-05', precision: 'month', uncertain: false },
        }),
      }),
      'Status: Implementation evidenced, reached in May 2025 by: Courts applied it.',
    ],
    [
      status({
        status: 'adopted',
        reachedBy: makeEvent({
          text: 'Signed.',
          date: { value: '2022', precision: 'year', uncertain: true },
        }),
      }),
      'Status: Adopted, reached in c. 2022 by: Signed.',
    ],
    [status({}), 'Status: No evidence. No announcement, draft or act is recorded.'],
  ])('describes %#', (derived, sentence) => {
    expect(describeStatusReason(derived)).toBe(sentence);
  });
});
