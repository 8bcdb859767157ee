import type { Conflict } from '@/domain/schema';
import { conflictsForMeeting } from '@/features/comparison/conflicts-for-meeting';
import { evidence, makeMeeting } from '../../support/fixtures';
import { r1 } from './comparison-fixture';

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
