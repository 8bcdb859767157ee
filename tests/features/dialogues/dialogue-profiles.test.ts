import type { Dialogue } from '@/domain/schema';
import {
  buildDialogueProfiles,
  restrictToSharedYears,
} from '@/features/dialogues/dialogue-profiles';
import { formatYears, summarizeProfiles } from '@/features/dialogues/dialogue-profiles-summary';
import { US, EU, dataset, meeting, meetings } from './dialogues-fixture';

describe(buildDialogueProfiles, () => {
  const { profiles, sharedYears } = buildDialogueProfiles(dataset, meetings);
  const [us, eu] = profiles;

  it('compares the primary dialogue and then those with the most meetings, up to the limit', () => {
    const OSCE: Dialogue = { ...US, id: 'osce-kz', shortName: 'OSCE', primary: false };
    const UN: Dialogue = { ...US, id: 'un-kz', shortName: 'UN', primary: false };
    const many = { dialogues: [OSCE, EU, UN, US] };
    const extra = [
      meeting('osce-1', 'osce-kz', '2022-05-01', ['topic-a']),
      meeting('osce-2', 'osce-kz', '2023-05-01', []),
    ];
    const limited = buildDialogueProfiles(many, [...meetings, ...extra], 2);
    // EU (6 meetings) beats OSCE (2); UN has none, so it is not counted as left out.
    expect(limited.profiles.map((p) => p.dialogueId)).toEqual(['us-kz', 'eu-kz']);
    expect(limited.hiddenDialogues).toBe(1);
    expect(
      buildDialogueProfiles(many, [...meetings, ...extra], 3).profiles.map((p) => p.dialogueId),
    ).toEqual(['us-kz', 'osce-kz', 'eu-kz']);
    expect(buildDialogueProfiles(dataset, meetings).hiddenDialogues).toBe(0);
    expect(summarizeProfiles(limited)).toMatch(
      / 1 more dialogue has meetings under these filters but is left out: the comparison shows the primary dialogue and those with the most meetings\.$/,
    );
  });

  it('puts the primary dialogue first and counts meetings, meetings with topics and years', () => {
    expect(profiles.map((p) => p.dialogueId)).toEqual(['us-kz', 'eu-kz']);
    expect(us).toMatchObject({
      label: 'US–Kazakhstan',
      meetingCount: 3,
      meetingsWithTopics: 2,
      uncertainDates: 0,
      years: { first: 2022, last: 2025 },
      thin: null,
    });
    expect(eu).toMatchObject({ meetingCount: 6, meetingsWithTopics: 3, uncertainDates: 2 });
    expect(eu?.years).toEqual({ first: 2017, last: 2025 });
  });

  it('counts a topic once per meeting however often the meeting raised it', () => {
    expect([...(us?.topicCounts ?? [])]).toEqual([
      ['topic-a', 2],
      ['topic-b', 1],
    ]);
  });

  it('lists the years in which both dialogues have meetings', () => {
    expect(sharedYears).toEqual([2023, 2025]);
  });

  it.each([
    {
      name: 'uncertain dates, listing the meetings without topics too',
      list: meetings.filter((m) => m.dialogue === 'eu-kz'),
      thin: '3 of 6 meetings have no recorded topics; 2 dates are inferred or uncertain',
    },
    {
      name: 'fewer than half of the meetings with topics',
      list: [meeting('x', 'us-kz', '2022', []), meeting('y', 'us-kz', '2023', []), meetings[1]!],
      thin: '2 of 3 meetings have no recorded topics',
    },
    {
      name: 'no topics recorded at all',
      list: [meeting('x', 'us-kz', '2022', [])],
      thin: '1 of 1 meeting has no recorded topics',
    },
    {
      name: 'one uncertain date',
      list: [meeting('x', 'us-kz', '2022', ['topic-a'], true)],
      thin: '1 date is inferred or uncertain',
    },
    { name: 'exactly half with topics and sure dates', list: meetings.slice(1, 3), thin: null },
    {
      name: 'no meetings at all',
      list: [],
      thin: 'No meetings of this dialogue match these filters',
    },
  ])('marks thin data: $name', ({ list, thin }) => {
    const profile = buildDialogueProfiles(dataset, list).profiles.find((p) =>
      list.length === 0 ? p.dialogueId === 'us-kz' : p.dialogueId === list[0]?.dialogue,
    );
    expect(profile?.thin).toBe(thin);
  });

  it('has no shared years when the dialogues never meet in the same year', () => {
    expect(buildDialogueProfiles(dataset, meetings.slice(0, 2)).sharedYears).toEqual([]);
  });

  it('has no shared years with only one dialogue, and ignores meetings of unknown dialogues', () => {
    const result = buildDialogueProfiles({ dialogues: [US] }, [
      ...meetings,
      meeting('z', 'other', '2022', ['topic-a']),
    ]);
    expect(result.profiles).toHaveLength(1);
    expect(result.profiles[0]?.meetingCount).toBe(3);
    expect(result.sharedYears).toEqual([]);
  });

  it('gives empty profiles for no meetings', () => {
    const result = buildDialogueProfiles(dataset, []);
    expect(result.profiles.map((p) => [p.meetingCount, p.years])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(result.sharedYears).toEqual([]);
  });
});

describe(restrictToSharedYears, () => {
  it('recomputes counts, years and thin notes over the shared years only', () => {
    const restricted = restrictToSharedYears(buildDialogueProfiles(dataset, meetings));
    expect(
      restricted.profiles.map((p) => [p.meetingCount, p.meetingsWithTopics, formatYears(p.years)]),
    ).toEqual([
      [2, 1, '2023–2025'],
      [2, 2, '2023–2025'],
    ]);
    expect(restricted.profiles[1]?.thin).toBe('1 date is inferred or uncertain');
    expect(restricted.sharedYears).toEqual([2023, 2025]);
  });
});
