import { STATUS_LADDER } from '@/data/commitment-status';
import {
  buildCommitmentRows,
  countByStatus,
  describeStatus,
  labelMeeting,
  listDiscussedAt,
  sortCommitmentRows,
  summarizeStatusCounts,
  type CommitmentRow,
  type StatusCountRow,
} from '@/features/commitments/commitments-series';
import { makeCommitment } from '../../support/fixtures';
import { makeCommitmentsDataset } from './commitments-fixture';

const dataset = makeCommitmentsDataset();
const rowsOf = (counts: Record<string, number>): StatusCountRow[] =>
  STATUS_LADDER.map((rung) => ({
    status: rung.id,
    label: rung.label,
    count: counts[rung.id] ?? 0,
  }));

describe(countByStatus, () => {
  it('returns every rung in ladder order, zero-filled, for empty input', () => {
    expect(countByStatus([], dataset.index.statusByCommitment)).toEqual(rowsOf({}));
  });

  it('counts each commitment at its derived status', () => {
    expect(countByStatus(dataset.commitments, dataset.index.statusByCommitment)).toEqual(
      rowsOf({ 'no-evidence': 1, adopted: 1, 'in-force': 1 }),
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
      { adopted: 5, 'in-force': 3, implementing: 2, announced: 2 },
      12,
      'All 12 commitments by derived status: 5 Adopted, 3 In force, 2 Announced and 2 Implementation evidenced; none at No evidence or In preparation.',
    ],
    [
      { adopted: 1 },
      12,
      '1 of 12 commitments by derived status: 1 Adopted; none at No evidence, Announced, In preparation, In force or Implementation evidenced.',
    ],
    [
      {
        'no-evidence': 1,
        announced: 1,
        'in-preparation': 1,
        adopted: 1,
        'in-force': 1,
        implementing: 1,
      },
      6,
      'All 6 commitments by derived status: 1 No evidence, 1 Announced, 1 In preparation, 1 Adopted, 1 In force and 1 Implementation evidenced.',
    ],
    [
      { adopted: 1 },
      1,
      'All 1 commitment by derived status: 1 Adopted; none at No evidence, Announced, In preparation, In force or Implementation evidenced.',
    ],
  ])('summarises %j of %i', (counts, total, sentence) => {
    expect(summarizeStatusCounts(rowsOf(counts), total)).toBe(sentence);
  });
});

describe(describeStatus, () => {
  it.each(STATUS_LADDER.map((rung) => [rung.id, rung.label] as const))(
    'labels %s as "%s"',
    (status, label) => {
      expect(describeStatus(status)).toBe(label);
    },
  );
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

describe(buildCommitmentRows, () => {
  it('returns nothing for no commitments', () => {
    expect(buildCommitmentRows(dataset, [])).toEqual([]);
  });

  it('resolves labels, the status with its date, the latest event and the meetings', () => {
    const [, alpha] = buildCommitmentRows(dataset, dataset.commitments);
    expect(alpha).toEqual({
      id: 'alpha',
      title: 'Alpha court',
      committedBy: 'President of Kazakhstan',
      topics: [
        { id: 'topic-a', label: 'Topic A' },
        { id: 'topic-b', label: 'Topic B' },
      ],
      status: 'in-force',
      statusLabel: 'In force',
      statusDate: { text: '16 June 2024', sortKey: '2024-06-16' },
      latestEvent: {
        date: 'July 2024',
        sortKey: '2024-07',
        text: 'The US welcomed it.',
        type: 'welcomed',
      },
      meetings: [
        { id: 'meeting-1', label: 'A round 1, 11 April 2022' },
        { id: 'meeting-2', label: 'A round 2, 2025 (planned)' },
      ],
      welcomed: 1,
      criticised: 1,
      stalled: false,
      overdue: false,
    });
  });

  it('flags a commitment that has gone quiet by the reference date', () => {
    const [, alpha] = buildCommitmentRows(dataset, dataset.commitments, '2030-01-01');
    expect(alpha).toMatchObject({
      stalled: alpha?.status === 'in-force' || alpha?.status === 'implementing' ? false : true,
    });
  });

  it('gives no status date to a commitment without evidence, and keeps input order', () => {
    const rows = buildCommitmentRows(dataset, dataset.commitments);
    expect(rows.map((row) => row.id)).toEqual(['bravo', 'alpha', 'charlie']);
    expect(rows[2]).toMatchObject({
      status: 'no-evidence',
      statusLabel: 'No evidence',
      statusDate: null,
      latestEvent: { date: '2021', text: 'The EU welcomed the idea.', type: 'welcomed' },
      meetings: [],
      welcomed: 1,
      criticised: 0,
      stalled: false,
      overdue: false,
    });
  });

  it('shows an unknown topic id as its label and a commitment missing from the index as no evidence', () => {
    const stranger = makeCommitment({ id: 'stranger', topics: ['mystery'] });
    expect(buildCommitmentRows(dataset, [stranger])[0]).toMatchObject({
      topics: [{ id: 'mystery', label: 'mystery' }],
      status: 'no-evidence',
      statusDate: null,
      latestEvent: null,
    });
  });
});

describe(sortCommitmentRows, () => {
  const rows = buildCommitmentRows(dataset, dataset.commitments);
  const ids = (sorted: readonly CommitmentRow[]) => sorted.map((row) => row.id);

  it.each([
    ['title', 'asc', ['alpha', 'bravo', 'charlie']],
    ['title', 'desc', ['charlie', 'bravo', 'alpha']],
    ['status', 'asc', ['charlie', 'bravo', 'alpha']],
    ['status', 'desc', ['alpha', 'bravo', 'charlie']],
    ['statusDate', 'asc', ['bravo', 'alpha', 'charlie']],
    ['statusDate', 'desc', ['alpha', 'bravo', 'charlie']],
    ['latestEvent', 'asc', ['charlie', 'bravo', 'alpha']],
    ['latestEvent', 'desc', ['alpha', 'bravo', 'charlie']],
  ] as const)('sorts by %s %s', (key, direction, expected) => {
    expect(ids(sortCommitmentRows(rows, key, direction))).toEqual(expected);
  });

  it('keeps rows without a status date last in both directions', () => {
    expect(ids(sortCommitmentRows(rows, 'statusDate', 'asc')).at(-1)).toBe('charlie');
    expect(ids(sortCommitmentRows(rows, 'statusDate', 'desc')).at(-1)).toBe('charlie');
  });

  it('breaks ties by title A–Z whatever the direction', () => {
    const base = rows[0];
    if (!base) throw new Error('fixture changed');
    const tied = [
      { ...base, id: 'z', title: 'Zulu' },
      { ...base, id: 'a', title: 'Able' },
      { ...base, id: 'm', title: 'Mike' },
    ];
    expect(ids(sortCommitmentRows(tied, 'status', 'desc'))).toEqual(['a', 'm', 'z']);
    expect(ids(sortCommitmentRows(tied, 'statusDate', 'asc'))).toEqual(['a', 'm', 'z']);
  });

  it('orders a year before a day in that year (coarser first)', () => {
    const base = rows[0];
    if (!base) throw new Error('fixture changed');
    const day = { ...base, id: 'day', title: 'A', statusDate: { text: '', sortKey: '2023-01-01' } };
    const year = { ...base, id: 'year', title: 'B', statusDate: { text: '', sortKey: '2023' } };
    expect(ids(sortCommitmentRows([day, year], 'statusDate', 'asc'))).toEqual(['year', 'day']);
  });

  it('does not change its input and handles empty and single rows', () => {
    const before = ids(rows);
    sortCommitmentRows(rows, 'title', 'asc');
    expect(ids(rows)).toEqual(before);
    expect(sortCommitmentRows([], 'status', 'asc')).toEqual([]);
    expect(ids(sortCommitmentRows(rows.slice(0, 1), 'latestEvent', 'desc'))).toEqual(['bravo']);
  });
});
