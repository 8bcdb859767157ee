import {
  buildCommitmentRows,
  sortCommitmentRows,
  type CommitmentRow,
} from '@/features/commitments/commitment-rows';
import { makeCommitment } from '../../support/fixtures';
import { makeCommitmentsDataset } from './commitments-fixture';

const dataset = makeCommitmentsDataset();

describe(buildCommitmentRows, () => {
  it('returns nothing for no commitments', () => {
    expect(buildCommitmentRows(dataset, [])).toEqual([]);
  });

  it('resolves labels, the status with its date, the latest event and the meetings', () => {
    const [, alpha] = buildCommitmentRows(dataset, dataset.commitments);
    expect(alpha).toEqual({
      id: 'alpha',
      title: 'Alpha court',
      kindLabel: 'Law',
      committedBy: 'President of Kazakhstan',
      topics: [
        { id: 'topic-a', label: 'Topic A' },
        { id: 'topic-b', label: 'Topic B' },
      ],
      status: 'complete',
      completion: 'In force',
      complete: true,
      statusDate: { text: '16 June 2024', sortKey: '2024-06-16' },
      statusVoice: 'Kazakh government',
      practice: {
        label: 'Applied with shortfalls',
        voice: 'Independent (NGO, media, academic)',
        date: '20 June 2024',
        governmentReported: false,
      },
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
      quiet: false,
      overdue: false,
      term: null,
    });
  });

  it('labels a planned meeting not confirmed once its period has passed by the reference date', () => {
    const alpha = (date: string) =>
      buildCommitmentRows(dataset, dataset.commitments, date).find((row) => row.id === 'alpha');
    expect(alpha('2025-06-01')?.meetings[1]?.label).toBe('A round 2, 2025 (planned)');
    expect(alpha('2026-12-06')?.meetings[1]?.label).toBe('A round 2, 2025 (not confirmed)');
  });

  it('flags only the commitments that are not complete when the record goes quiet', () => {
    const rows = buildCommitmentRows(dataset, dataset.commitments, '2030-01-01');
    expect(rows.filter((row) => row.quiet).map((row) => row.id)).toEqual(['bravo', 'charlie']);
  });

  it('shows a reversal on top of completion, and a government-reported finding as such', () => {
    const delta = buildCommitmentRows(dataset, dataset.commitments).find(
      (row) => row.id === 'delta',
    );
    expect(delta).toMatchObject({
      kindLabel: 'Institution',
      status: 'partly-reversed',
      completion: 'Operating, partly reversed',
      complete: true,
      statusDate: { text: 'March 2021', sortKey: '2021-03' },
      practice: {
        label: 'Applied',
        voice: 'Kazakh government',
        date: 'March 2021',
        governmentReported: true,
      },
      latestEvent: { date: '1 February 2022', type: 'reversed' },
    });
  });

  it('describes a programme term by the reference date', () => {
    const programme = makeCommitment({
      id: 'plan',
      kind: 'programme',
      term: { from: '2022', to: '2026', evidence: [{ source: 'src-a', quote: 'q' }] },
    });
    expect(buildCommitmentRows(dataset, [programme], '2026-12-06')[0]?.term).toBe(
      'Term 2022–2026, running',
    );
    expect(buildCommitmentRows(dataset, [programme], '2027-01-01')[0]?.term).toBe(
      'Term 2022–2026, ended',
    );
  });

  it('gives no status date to a commitment without evidence, and keeps input order', () => {
    const rows = buildCommitmentRows(dataset, dataset.commitments);
    expect(rows.map((row) => row.id)).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
    expect(rows[2]).toMatchObject({
      status: 'no-evidence',
      completion: 'No evidence',
      statusDate: null,
      statusVoice: null,
      practice: null,
      latestEvent: { date: '2021', text: 'The EU welcomed the idea.', type: 'welcomed' },
      meetings: [],
      welcomed: 1,
      criticised: 0,
      quiet: false,
      overdue: false,
    });
  });

  it('shows an unknown topic id as its label and derives a commitment missing from the index', () => {
    const stranger = makeCommitment({ id: 'stranger', topics: ['mystery'] });
    expect(buildCommitmentRows(dataset, [stranger])[0]).toMatchObject({
      topics: [{ id: 'mystery', label: 'mystery' }],
      status: 'adopted',
      completion: 'Adopted',
      statusDate: { text: '1 May 2023', sortKey: '2023-05-01' },
      latestEvent: { type: 'adopted' },
    });
  });
});

describe(sortCommitmentRows, () => {
  const rows = buildCommitmentRows(dataset, dataset.commitments);
  const ids = (sorted: readonly CommitmentRow[]) => sorted.map((row) => row.id);

  it.each([
    ['title', 'asc', ['alpha', 'bravo', 'charlie', 'delta']],
    ['title', 'desc', ['delta', 'charlie', 'bravo', 'alpha']],
    ['status', 'asc', ['charlie', 'bravo', 'alpha', 'delta']],
    ['status', 'desc', ['delta', 'alpha', 'bravo', 'charlie']],
    ['statusDate', 'asc', ['delta', 'bravo', 'alpha', 'charlie']],
    ['statusDate', 'desc', ['alpha', 'bravo', 'delta', 'charlie']],
    ['latestEvent', 'asc', ['charlie', 'delta', 'bravo', 'alpha']],
    ['latestEvent', 'desc', ['alpha', 'bravo', 'delta', 'charlie']],
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
