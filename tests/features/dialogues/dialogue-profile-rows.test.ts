import { buildDialogueProfiles } from '@/features/dialogues/dialogue-profiles';
import {
  buildProfileRows,
  countOf,
  listDialogueSeries,
  shareOf,
} from '@/features/dialogues/dialogue-profile-rows';
import { US, dataset, topics, meeting, meetings } from './dialogues-fixture';

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
