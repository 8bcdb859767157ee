import { STATUS_SCALE } from '@/domain/commitment-status';
import {
  countByStatus,
  describeStatus,
  labelMeeting,
  listDiscussedAt,
  statusRank,
  summarizeStatusCounts,
  type StatusCountRow,
} from '@/features/commitments/commitments-series';
import { makeCommitment } from '../../support/fixtures';
import { makeCommitmentsDataset } from './commitments-fixture';

const dataset = makeCommitmentsDataset();
const rowsOf = (counts: Record<string, number>): StatusCountRow[] =>
  STATUS_SCALE.map((entry) => ({
    status: entry.id,
    label: entry.label,
    count: counts[entry.id] ?? 0,
  }));

describe(countByStatus, () => {
  it('returns every status of the scale in order, zero-filled, for empty input', () => {
    expect(countByStatus([], dataset.index.statusByCommitment)).toEqual(rowsOf({}));
  });

  it('counts each commitment at its derived status', () => {
    expect(countByStatus(dataset.commitments, dataset.index.statusByCommitment)).toEqual(
      rowsOf({ 'no-evidence': 1, adopted: 1, complete: 1, 'partly-reversed': 1 }),
    );
  });

  it('counts a single commitment', () => {
    const bravo = dataset.commitments.filter((c) => c.id === 'bravo');
    expect(countByStatus(bravo, dataset.index.statusByCommitment)).toEqual(rowsOf({ adopted: 1 }));
  });

  it('counts a commitment with an unknown id as no evidence', () => {
    const stranger = makeCommitment({ id: 'stranger' });
    expect(countByStatus([stranger], dataset.index.statusByCommitment)).toEqual(
      rowsOf({ 'no-evidence': 1 }),
    );
  });
});

describe(summarizeStatusCounts, () => {
  it.each([
    [{}, 12, 'No commitments match the filters.'],
    [
      { adopted: 5, complete: 3, reversed: 2, announced: 2 },
      12,
      'All 12 commitments by derived status: 5 Adopted, not yet complete, 3 Complete, 2 Announced and 2 Reversed; none at No evidence, In preparation or Partly reversed.',
    ],
    [
      { adopted: 1 },
      12,
      '1 of 12 commitments by derived status: 1 Adopted, not yet complete; none at No evidence, Announced, In preparation, Complete, Partly reversed or Reversed.',
    ],
    [
      {
        'no-evidence': 1,
        announced: 1,
        'in-preparation': 1,
        adopted: 1,
        complete: 1,
        'partly-reversed': 1,
        reversed: 1,
      },
      7,
      'All 7 commitments by derived status: 1 No evidence, 1 Announced, 1 In preparation, 1 Adopted, not yet complete, 1 Complete, 1 Partly reversed and 1 Reversed.',
    ],
  ])('summarises %j of %i', (counts, total, sentence) => {
    expect(summarizeStatusCounts(rowsOf(counts), total)).toBe(sentence);
  });
});

describe(describeStatus, () => {
  it.each(STATUS_SCALE.map((entry) => [entry.id, entry.label] as const))(
    'labels %s as "%s"',
    (status, label) => {
      expect(describeStatus(status)).toBe(label);
    },
  );
});

describe(statusRank, () => {
  it("ranks statuses in the legend's order, reversals after completion", () => {
    const ranks = STATUS_SCALE.map((entry) => statusRank(entry.id));
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe(labelMeeting, () => {
  it('names the dialogue, the round and the date', () => {
    expect(labelMeeting(dataset, 'meeting-1')).toBe('A round 1, 11 April 2022');
  });

  it('marks planned meetings and keeps the date at its precision', () => {
    expect(labelMeeting(dataset, 'meeting-2')).toBe('A round 2, 2025 (planned)');
  });

  it('says "(not confirmed)" once the agreed period ended before the reference date', () => {
    expect(labelMeeting(dataset, 'meeting-2', '2025-12-31')).toBe('A round 2, 2025 (planned)');
    expect(labelMeeting(dataset, 'meeting-2', '2026-01-01')).toBe(
      'A round 2, 2025 (not confirmed)',
    );
    expect(labelMeeting(dataset, 'meeting-1', '2026-01-01')).toBe('A round 1, 11 April 2022');
  });

  it('names an unnumbered meeting by its date, marking an uncertain date with "c."', () => {
    const meeting = dataset.index.meetingById.get('meeting-1');
    if (!meeting) throw new Error('fixture changed');
    const unnumbered = {
      ...meeting,
      round: null,
      date: { ...meeting.date, uncertain: true },
    };
    const patched = {
      ...dataset,
      index: { ...dataset.index, meetingById: new Map([['meeting-1', unnumbered]]) },
    };
    expect(labelMeeting(patched, 'meeting-1')).toBe('A meeting of c. 11 April 2022');
  });

  it('returns an unknown meeting id as it is', () => {
    expect(labelMeeting(dataset, 'nope')).toBe('nope');
  });
});

describe(listDiscussedAt, () => {
  it('lists meetings oldest first with their quotes, unknown ids last', () => {
    const alpha = dataset.index.commitmentById.get('alpha');
    if (!alpha) throw new Error('fixture changed');
    const withUnknown = {
      ...alpha,
      discussedAt: [
        { meeting: 'nope', evidence: [{ source: 'src-a', quote: 'q' }] },
        ...alpha.discussedAt,
      ],
    };
    expect(listDiscussedAt(dataset, withUnknown)).toEqual([
      {
        id: 'meeting-1',
        label: 'A round 1, 11 April 2022',
        evidence: [{ source: 'src-a', quote: 'the court was discussed' }],
      },
      {
        id: 'meeting-2',
        label: 'A round 2, 2025 (planned)',
        evidence: [{ source: 'src-b', quote: 'raised again' }],
      },
      { id: 'nope', label: 'nope', evidence: [{ source: 'src-a', quote: 'q' }] },
    ]);
  });

  it('returns nothing when no meeting is recorded', () => {
    expect(listDiscussedAt(dataset, makeCommitment({ discussedAt: [] }))).toEqual([]);
  });
});
