import {
  changeWindow,
  eventsBetween,
  statusChangesBetween,
} from '@/features/changes/changes-window';
import { makeChangesDataset } from './changes-fixture';

const dataset = makeChangesDataset();
const meeting = (id: string) => {
  const found = dataset.index.meetingById.get(id);
  if (!found) throw new Error(`fixture lacks ${id}`);
  return found;
};

describe(changeWindow, () => {
  it.each([
    ['r1', 'r2', { after: '2022-04-11', through: '2023-01-31' }],
    ['r2', 'r3', { after: '2023-01-31', through: '2024-05-20' }],
    ['r3', 'r4', { after: '2024-05-20', through: '2025-12-31' }],
  ])('runs from the end of %s (exclusive) to the end of %s (inclusive)', (from, to, window) => {
    expect(changeWindow(meeting(from), meeting(to))).toEqual(window);
  });
});

describe(eventsBetween, () => {
  const ids = (from: string, to: string) =>
    eventsBetween(dataset, meeting(from), meeting(to)).map((e) => [e.event.id, e.approximate]);

  it('excludes the previous meeting’s day and includes the day after it', () => {
    expect(ids('r1', 'r2')).toEqual([
      ['alpha-2', false],
      // Known only as January 2023, like round 2 itself: counted, but flagged.
      ['alpha-3', true],
    ]);
  });

  it('includes this meeting’s own day, sorts by date and flags a year-only event', () => {
    expect(ids('r2', 'r3')).toEqual([
      ['beta-1', false],
      ['beta-3', true],
      ['beta-2', false],
    ]);
  });

  it('runs to the end of a planned meeting’s year', () => {
    expect(ids('r3', 'r4')).toEqual([['beta-4', false]]);
  });

  it('puts every event after the first round in exactly one window', () => {
    const windows = [
      ['r1', 'r2'],
      ['r2', 'r3'],
      ['r3', 'r4'],
    ] as const;
    const seen = windows.flatMap(([from, to]) => ids(from, to).map(([id]) => id));
    expect(seen.toSorted()).toEqual(['alpha-2', 'alpha-3', 'beta-1', 'beta-2', 'beta-3', 'beta-4']);
  });

  it('carries the commitment’s id and title', () => {
    expect(eventsBetween(dataset, meeting('r1'), meeting('r2'))[0]).toMatchObject({
      commitmentId: 'alpha',
      commitmentTitle: 'Alpha law',
    });
  });

  it('is empty without commitments', () => {
    const empty = makeChangesDataset({ commitments: [] });
    expect(eventsBetween(empty, meeting('r1'), meeting('r2'))).toEqual([]);
  });
});

describe(statusChangesBetween, () => {
  it.each([
    [
      'r1',
      'r2',
      [
        {
          commitmentId: 'alpha',
          title: 'Alpha law',
          before: 'Announced',
          after: 'Adopted',
          approximate: true,
        },
      ],
    ],
    [
      'r2',
      'r3',
      [
        {
          commitmentId: 'beta',
          title: 'Beta code',
          before: 'No evidence',
          after: 'In force',
          approximate: false,
        },
      ],
    ],
    [
      'r3',
      'r4',
      [
        {
          commitmentId: 'beta',
          title: 'Beta code',
          before: 'In force',
          after: 'In force, partly reversed',
          approximate: false,
        },
      ],
    ],
  ])('compares statuses at the end of %s and of %s', (from, to, expected) => {
    expect(statusChangesBetween(dataset, meeting(from), meeting(to))).toEqual(expected);
  });

  it('lists nothing when no commitment moved', () => {
    const onlyAssessments = makeChangesDataset({
      commitments: dataset.commitments.filter((c) => c.id === 'alpha'),
    });
    expect(statusChangesBetween(onlyAssessments, meeting('r2'), meeting('r3'))).toEqual([]);
  });
});
