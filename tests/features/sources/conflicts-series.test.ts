import type { LoadedDataset } from '@/domain/dataset-index';
import type { Conflict } from '@/domain/schema';
import { conflictsForSource, listConflicts } from '@/features/sources/conflicts-series';
import { evidence } from '../../support/fixtures';
import { loadSourcesDataset } from './sources-fixture';

const dataset = loadSourcesDataset();

const conflict = (about: Conflict['about'], source = 'src-a'): Conflict => ({
  id: `c-${about.kind}`,
  subject: `About a ${about.kind}`,
  about,
  claims: [
    { value: 'One', evidence: evidence(source) },
    { value: 'Two', evidence: evidence(source) },
  ],
  resolution: 'Open.',
});

const withConflicts = (conflicts: Conflict[]): LoadedDataset => ({ ...dataset, conflicts });

describe(listConflicts, () => {
  it('lists each conflict with its claims, resolution and sources', () => {
    expect(listConflicts(dataset)).toEqual([
      {
        id: 'conflict-a',
        subject: 'Title of Person A',
        about: { kind: 'person', id: 'person-a', label: 'Person A' },
        claims: [
          { value: 'Title one', evidence: [{ source: 'src-a', quote: 'claim one quote' }] },
          { value: 'Title two', evidence: [{ source: 'src-b', quote: 'claim two quote' }] },
        ],
        resolution: 'Both are shown.',
        sourceIds: ['src-a', 'src-b'],
      },
    ]);
  });

  it.each([
    [{ kind: 'meeting', id: 'meeting-1' }, 'A round 1'],
    [{ kind: 'commitment', id: 'commitment-a' }, 'Domestic violence law'],
    [{ kind: 'source', id: 'src-kz' }, 'Қазинформ хабары'],
    [{ kind: 'person', id: 'person-a' }, 'Person A'],
    [{ kind: 'meeting', id: 'gone' }, 'gone'],
    [{ kind: 'person', id: 'nobody' }, 'nobody'],
  ] as [Conflict['about'], string][])('names the record %j as %j', (about, label) => {
    expect(listConflicts(withConflicts([conflict(about)]))[0]?.about.label).toBe(label);
  });

  it('counts the source a conflict is about among its sources', () => {
    const rows = listConflicts(withConflicts([conflict({ kind: 'source', id: 'src-kz' })]));
    expect(rows[0]?.sourceIds).toEqual(['src-a', 'src-kz']);
  });

  it('returns nothing when no conflict is recorded', () => {
    expect(listConflicts(withConflicts([]))).toEqual([]);
  });
});

describe(conflictsForSource, () => {
  const rows = listConflicts(
    withConflicts([
      conflict({ kind: 'source', id: 'src-kz' }),
      conflict({ kind: 'person', id: 'person-a' }, 'src-b'),
    ]),
  );

  it.each([
    ['src-a', ['c-source']],
    ['src-kz', ['c-source']],
    ['src-b', ['c-person']],
    ['src-unused', []],
    ['unknown', []],
  ])('%s is in %j', (sourceId, ids) => {
    expect(conflictsForSource(rows, sourceId).map((row) => row.id)).toEqual(ids);
  });
});
