import type { Dialogue, Meeting, Topic } from '@/domain/schema';
import {
  buildDialogueProfiles,
  buildProfileRows,
  countOf,
  formatYears,
  listDialogueSeries,
  restrictToSharedYears,
  shareOf,
  summarizeProfiles,
} from '@/features/dialogues/dialogues-series';
import { evidence, makeMeeting } from '../../support/fixtures';

const US: Dialogue = {
  id: 'us-kz',
  name: 'US–Kazakhstan dialogue',
  shortName: 'US–Kazakhstan',
  parties: ['us', 'kz'],
  primary: true,
  description: 'Primary.',
};
const EU: Dialogue = { ...US, id: 'eu-kz', shortName: 'EU–Kazakhstan', primary: false };
// EU listed first on purpose: the primary dialogue must still come first.
const dataset = { dialogues: [EU, US] };

const topics: Topic[] = [
  { id: 'topic-a', label: 'Topic A', definition: 'A.', group: 'rule-of-law' },
  { id: 'topic-b', label: 'Topic B', definition: 'B.', group: 'protection' },
  { id: 'topic-c', label: 'Topic C', definition: 'C.', group: 'governance' },
];

function meeting(
  id: string,
  dialogue: string,
  date: string,
  topicIds: string[],
  uncertain = false,
): Meeting {
  return makeMeeting({
    id,
    dialogue,
    date: { value: date, precision: 'day', uncertain, evidence: evidence() },
    topics: topicIds.map((topic) => ({ topic, raisedIn: 'us-statement', evidence: evidence() })),
  });
}

const meetings = [
  meeting('us-1', 'us-kz', '2022-04-11', ['topic-a', 'topic-b', 'topic-a']),
  meeting('us-2', 'us-kz', '2023-01-24', ['topic-a']),
  meeting('us-3', 'us-kz', '2025', []),
  meeting('eu-1', 'eu-kz', '2017-11-29', []),
  meeting('eu-2', 'eu-kz', '2023-03-09', ['topic-b', 'topic-c']),
  meeting('eu-3', 'eu-kz', '2024', [], true),
  meeting('eu-4', 'eu-kz', '2025-03-06', ['topic-b'], true),
  meeting('eu-5', 'eu-kz', '2021-12-02', []),
  meeting('eu-6', 'eu-kz', '2020-11-26', ['topic-a']),
];

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

describe(buildProfileRows, () => {
  const comparison = buildDialogueProfiles(dataset, meetings);

  it('gives one row per raised topic, most raised first, with counts and shares per dialogue', () => {
    const rows = buildProfileRows(comparison, topics);
    expect(rows.map((row) => [row.label, row.total])).toEqual([
      ['Topic A', 3],
      ['Topic B', 3],
      ['Topic C', 1],
    ]);
    expect(rows[0]).toEqual({
      topicId: 'topic-a',
      label: 'Topic A',
      total: 3,
      'us-kz': 2,
      'us-kzShare': 1,
      'eu-kz': 1,
      'eu-kzShare': 1 / 3,
    });
  });

  it('counts only meetings in the shared years when asked', () => {
    const rows = buildProfileRows(comparison, topics, { onlySharedYears: true });
    expect(rows.map((row) => [row.topicId, countOf(row, 'us-kz'), countOf(row, 'eu-kz')])).toEqual([
      ['topic-b', 0, 2],
      ['topic-a', 1, 0],
      ['topic-c', 0, 1],
    ]);
    expect(shareOf(rows[0]!, 'eu-kz')).toBe(1);
  });

  it('gives a null share to a dialogue with no topics recorded', () => {
    const noEuTopics = buildDialogueProfiles(dataset, [meetings[0]!, meetings[3]!]);
    const [row] = buildProfileRows(noEuTopics, topics);
    expect(countOf(row!, 'eu-kz')).toBe(0);
    expect(shareOf(row!, 'eu-kz')).toBeNull();
  });

  it('gives no rows when the dialogues share no year and only shared years are asked for', () => {
    const apart = buildDialogueProfiles(dataset, meetings.slice(0, 2).concat(meetings[3]!));
    expect(buildProfileRows(apart, topics, { onlySharedYears: true })).toEqual([]);
  });

  it('ignores topic ids not in the topic list, and gives [] for no meetings', () => {
    const unknown = buildDialogueProfiles(dataset, [meeting('x', 'us-kz', '2022', ['nope'])]);
    expect(buildProfileRows(unknown, topics)).toEqual([]);
    expect(buildProfileRows(buildDialogueProfiles(dataset, []), topics)).toEqual([]);
  });

  it('works with a single dialogue, ignoring the shared-years option', () => {
    const single = buildDialogueProfiles({ dialogues: [US] }, meetings);
    const rows = buildProfileRows(single, topics, { onlySharedYears: true });
    expect(rows.map((row) => [row.topicId, row.total])).toEqual([
      ['topic-a', 2],
      ['topic-b', 1],
    ]);
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

describe(listDialogueSeries, () => {
  it('gives the primary dialogue the US colour and the other the EU colour', () => {
    const { profiles } = buildDialogueProfiles(dataset, meetings);
    expect(listDialogueSeries(profiles)).toEqual([
      { dialogueId: 'us-kz', label: 'US–Kazakhstan', color: 'var(--color-series-us)' },
      { dialogueId: 'eu-kz', label: 'EU–Kazakhstan', color: 'var(--color-series-eu)' },
    ]);
    expect(listDialogueSeries([])).toEqual([]);
  });
});

describe(formatYears, () => {
  it.each([
    [{ first: 2022, last: 2025 }, '2022–2025'],
    [{ first: 2023, last: 2023 }, '2023'],
    [null, 'no meetings'],
  ])('formats %o as %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });
});

describe(summarizeProfiles, () => {
  const comparison = buildDialogueProfiles(dataset, meetings);

  it('describes each dialogue, the shared years and the thin side', () => {
    expect(summarizeProfiles(comparison)).toBe(
      'US–Kazakhstan raised 2 topics at 2 of its 3 meetings (2022–2025); ' +
        'EU–Kazakhstan raised 3 topics at 3 of its 6 meetings (2017–2025); ' +
        'years both cover: 2023, 2025; data for EU–Kazakhstan is thin, so compare with care.',
    );
  });

  it('says when it counts only the shared years', () => {
    expect(summarizeProfiles(comparison, { onlySharedYears: true })).toBe(
      'US–Kazakhstan raised 1 topic at 1 of its 2 meetings (2023–2025); ' +
        'EU–Kazakhstan raised 2 topics at 2 of its 2 meetings (2023–2025); ' +
        'counting only the years both cover: 2023, 2025; data for EU–Kazakhstan is thin, so compare with care.',
    );
  });

  it.each([
    {
      name: 'no meetings',
      comparison: buildDialogueProfiles(dataset, []),
      options: {},
      text: 'No meetings of any dialogue match these filters.',
    },
    {
      name: 'no shared years, restricted',
      comparison: buildDialogueProfiles(dataset, meetings.slice(0, 2).concat(meetings[3]!)),
      options: { onlySharedYears: true },
      text: 'The dialogues have no year in common under these filters, so there is nothing to compare.',
    },
    {
      name: 'no shared years, unrestricted',
      comparison: buildDialogueProfiles(dataset, meetings.slice(0, 2)),
      options: {},
      text:
        'US–Kazakhstan raised 2 topics at 2 of its 2 meetings (2022–2023); EU–Kazakhstan has no meetings; ' +
        'the dialogues have no year in common here; data for EU–Kazakhstan is thin, so compare with care.',
    },
    {
      name: 'one dialogue only',
      comparison: buildDialogueProfiles({ dialogues: [US] }, meetings.slice(1, 2)),
      options: { onlySharedYears: true },
      text: 'US–Kazakhstan raised 1 topic at 1 of its 1 meeting (2023); there is no other dialogue to compare it with.',
    },
  ])('handles $name', ({ comparison: c, options, text }) => {
    expect(summarizeProfiles(c, options)).toBe(text);
  });
});
