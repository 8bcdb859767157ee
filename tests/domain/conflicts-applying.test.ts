import type { Conflict } from '@/domain/schema';
import {
  conflictAnchorId,
  conflictIdFromAnchor,
  conflictsForCoChair,
  conflictsAbout,
  conflictsForMeeting,
} from '@/domain/conflicts-applying';
import { evidence, makeMeeting } from '../support/fixtures';

const r1 = makeMeeting({ id: 'r1' });

describe(conflictsForMeeting, () => {
  const conflict = (id: string, about: Conflict['about'], sources: string[]): Conflict => ({
    id,
    subject: id,
    about,
    claims: sources.map((source) => ({ value: source, evidence: evidence(source) })),
    resolution: 'Shown.',
  });
  // r1 cites only src-a (fixture evidence); person-a is its co-chair.
  const conflicts = [
    conflict('about-meeting', { kind: 'meeting', id: 'r1' }, ['src-x', 'src-y']),
    conflict('about-other-meeting', { kind: 'meeting', id: 'r2' }, ['src-a', 'src-b']),
    conflict('about-cited-source', { kind: 'source', id: 'src-a' }, ['src-x', 'src-y']),
    conflict('about-uncited-source', { kind: 'source', id: 'src-b' }, ['src-b', 'src-y']),
    conflict('co-chair-here', { kind: 'person', id: 'person-a' }, ['src-a', 'src-y']),
    conflict('co-chair-elsewhere', { kind: 'person', id: 'person-a' }, ['src-x', 'src-y']),
    conflict('other-person', { kind: 'person', id: 'person-b' }, ['src-a', 'src-y']),
    conflict('commitment', { kind: 'commitment', id: 'commitment-a' }, ['src-a', 'src-y']),
  ];

  it('keeps conflicts about the meeting, a source it cites, or a co-chair quoted from its sources', () => {
    expect(conflictsForMeeting({ conflicts }, r1).map((c) => c.id)).toEqual([
      'about-meeting',
      'about-cited-source',
      'co-chair-here',
    ]);
  });

  it('finds sources cited anywhere in the meeting record, not only in its topics', () => {
    const meeting = makeMeeting({
      id: 'r9',
      topics: [],
      outcomes: [{ kind: 'other', text: 'Agreed.', evidence: evidence('src-b') }],
    });
    expect(conflictsForMeeting({ conflicts }, meeting).map((c) => c.id)).toContain(
      'about-uncited-source',
    );
  });

  it('returns [] when the dataset records no conflicts', () => {
    expect(conflictsForMeeting({ conflicts: [] }, r1)).toEqual([]);
  });
});

describe(conflictsForCoChair, () => {
  const conflict = (id: string, person: string, source: string): Conflict => ({
    id,
    subject: id,
    about: { kind: 'person', id: person },
    claims: [
      { value: 'one', evidence: evidence(source) },
      { value: 'two', evidence: evidence('src-y') },
    ],
    resolution: 'Shown.',
  });
  const conflicts = [
    conflict('here', 'person-a', 'src-a'),
    conflict('another-round', 'person-a', 'src-x'),
    conflict('someone-else', 'person-b', 'src-a'),
  ];

  it('keeps the co-chair’s conflicts quoted from the meeting’s sources', () => {
    expect(conflictsForCoChair({ conflicts }, r1, 'person-a').map((c) => c.id)).toEqual(['here']);
    expect(conflictsForCoChair({ conflicts }, r1, 'person-b')).toEqual([]);
  });
});

describe(conflictsAbout, () => {
  it('keeps the conflicts about the commitment, in dataset order', () => {
    const about = (id: string, kind: Conflict['about']['kind'], target: string): Conflict => ({
      id,
      subject: id,
      about: { kind, id: target },
      claims: [],
      resolution: '',
    });
    const conflicts = [
      about('date', 'commitment', 'law'),
      about('other', 'commitment', 'decree'),
      about('person', 'person', 'law'),
      about('turnout', 'commitment', 'law'),
    ];
    expect(
      conflictsAbout({ conflicts }, { kind: 'commitment', id: 'law' }).map((c) => c.id),
    ).toEqual(['date', 'turnout']);
    expect(conflictsAbout({ conflicts }, { kind: 'commitment', id: 'unknown' })).toEqual([]);
  });
});

describe(conflictIdFromAnchor, () => {
  it('reads back the conflict its anchor names, and nothing from another fragment', () => {
    expect(conflictIdFromAnchor(conflictAnchorId('media-law-signing-date'))).toBe(
      'media-law-signing-date',
    );
    expect(conflictIdFromAnchor('conflict-')).toBeNull();
    expect(conflictIdFromAnchor('changelog')).toBeNull();
    expect(conflictIdFromAnchor('')).toBeNull();
  });
});
