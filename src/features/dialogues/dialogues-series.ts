import type { Dataset, Dialogue, Meeting, Topic } from '@/domain/schema';
import { DIALOGUE_COLORS } from '@/components/chart/palette';
import { yearOf } from '@/lib/dates';
import { compareByTotalThenLabel } from '@/lib/compare-text';
import { groupBy } from '@/lib/group-by';
import { plural } from '@/lib/plural';

/** One meeting as the comparison needs it: its year and the distinct topics it raised. */
export type ProfileMeeting = {
  id: string;
  year: number;
  topicIds: readonly string[];
  uncertainDate: boolean;
};

export type DialogueProfile = {
  dialogueId: string;
  /** The short name, e.g. "US–Kazakhstan". */
  label: string;
  primary: boolean;
  meetings: readonly ProfileMeeting[];
  meetingCount: number;
  /** Meetings with at least one recorded topic. */
  meetingsWithTopics: number;
  /** Meetings whose date is marked uncertain (inferred or conflicting). */
  uncertainDates: number;
  /** First and last year of its meetings, or null when it has none. */
  years: { first: number; last: number } | null;
  /** Meetings raising each topic id (a meeting counts once per topic). */
  topicCounts: ReadonlyMap<string, number>;
  /** Why the data for this dialogue is thin ("3 of 6 meetings have no recorded topics"), or null. */
  thin: string | null;
};

export type DialogueComparison = {
  /** One profile per compared dialogue, the primary dialogue first. */
  profiles: readonly DialogueProfile[];
  /** Years in which every compared dialogue has a meeting, ascending; empty with fewer than two. */
  sharedYears: readonly number[];
  /** Dialogues with meetings under the filters that fell outside the limit and are not compared. */
  hiddenDialogues: number;
};

/** The most dialogues compared side by side; more would not fit a readable chart. */
export const COMPARED_DIALOGUE_LIMIT = 4;

/** Why a dialogue's data is thin: half or more of its meetings lack topics, or a date is uncertain. */
function thinNote(meetingCount: number, withTopics: number, uncertain: number): string | null {
  if (meetingCount === 0) return 'No meetings of this dialogue match these filters';
  const without = meetingCount - withTopics;
  if (withTopics * 2 >= meetingCount && uncertain === 0) return null;
  const reasons = [
    without > 0 &&
      `${without} of ${meetingCount} ${plural(meetingCount, 'meeting', 'meetings')} ${plural(without, 'has', 'have')} no recorded topics`,
    uncertain > 0 &&
      `${uncertain} ${plural(uncertain, 'date is', 'dates are')} inferred or uncertain`,
  ];
  return reasons.filter((reason) => reason !== false).join('; ');
}

function profileOf(
  dialogue: Pick<Dialogue, 'id' | 'shortName' | 'primary'>,
  meetings: readonly ProfileMeeting[],
): DialogueProfile {
  const topicCounts = new Map<string, number>();
  for (const meeting of meetings)
    for (const topicId of meeting.topicIds)
      topicCounts.set(topicId, (topicCounts.get(topicId) ?? 0) + 1);
  const years = meetings.map((meeting) => meeting.year);
  const withTopics = meetings.filter((meeting) => meeting.topicIds.length > 0).length;
  const uncertain = meetings.filter((meeting) => meeting.uncertainDate).length;
  return {
    dialogueId: dialogue.id,
    label: dialogue.shortName,
    primary: dialogue.primary,
    meetings,
    meetingCount: meetings.length,
    meetingsWithTopics: withTopics,
    uncertainDates: uncertain,
    years: years.length === 0 ? null : { first: Math.min(...years), last: Math.max(...years) },
    topicCounts,
    thin: thinNote(meetings.length, withTopics, uncertain),
  };
}

const toProfileMeeting = (meeting: Meeting): ProfileMeeting => ({
  id: meeting.id,
  year: yearOf(meeting.date.value),
  topicIds: [...new Set(meeting.topics.map((raised) => raised.topic))],
  uncertainDate: meeting.date.uncertain,
});

/**
 * Each dialogue's topic profile over the given meetings (primary first, then dataset order), and
 * the years in which every dialogue has a meeting; meetings of unknown dialogues are ignored. Past
 * `limit` dialogues, the primary ones and then those with the most meetings are kept.
 */
export function buildDialogueProfiles(
  dataset: Pick<Dataset, 'dialogues'>,
  meetings: readonly Meeting[],
  limit = COMPARED_DIALOGUE_LIMIT,
): DialogueComparison {
  const byDialogue = groupBy(meetings, (meeting) => meeting.dialogue);
  const meetingCount = (dialogue: Dialogue) => byDialogue.get(dialogue.id)?.length ?? 0;
  const kept = new Set(
    dataset.dialogues
      .toSorted(
        (a, b) => Number(b.primary) - Number(a.primary) || meetingCount(b) - meetingCount(a),
      )
      .slice(0, limit),
  );
  const dialogues = dataset.dialogues
    .filter((dialogue) => kept.has(dialogue))
    .toSorted((a, b) => Number(b.primary) - Number(a.primary));
  const profiles = dialogues.map((dialogue) =>
    profileOf(dialogue, (byDialogue.get(dialogue.id) ?? []).map(toProfileMeeting)),
  );
  const hiddenDialogues = dataset.dialogues.filter(
    (dialogue) => !kept.has(dialogue) && meetingCount(dialogue) > 0,
  ).length;
  const yearSets = profiles.map((profile) => new Set(profile.meetings.map((m) => m.year)));
  const [first, ...rest] = yearSets;
  const sharedYears =
    first && rest.length > 0
      ? [...first].filter((year) => rest.every((set) => set.has(year))).toSorted((a, b) => a - b)
      : [];
  return { profiles, sharedYears, hiddenDialogues };
}

/**
 * One chart row per topic: `topicId`, `label`, `total`, and per dialogue id its meeting count and
 * `<id>Share` (of that dialogue's meetings with topics; null when it has none).
 */
export type ProfileRow = {
  topicId: string;
  label: string;
  total: number;
  [key: string]: string | number | null;
};

export type ProfileRowOptions = { onlySharedYears?: boolean };

/** The meeting count and share of one dialogue in a row (0 and null when absent). */
export function countOf(row: ProfileRow, dialogueId: string): number {
  const value = row[dialogueId];
  return typeof value === 'number' ? value : 0;
}

/** A dialogue's share (0–1) of its meetings with topics in a row, or null when it has none. */
export function shareOf(row: ProfileRow, dialogueId: string): number | null {
  const value = row[`${dialogueId}Share`];
  return typeof value === 'number' ? value : null;
}

/**
 * The comparison counting only meetings in its shared years: every profile (counts, years, thin
 * notes) recomputed, the shared years kept. With no shared years every profile is empty; with
 * fewer than two dialogues there is nothing to share and the comparison is returned as it is.
 */
export function restrictToSharedYears(comparison: DialogueComparison): DialogueComparison {
  if (comparison.profiles.length < 2) return comparison;
  const shared = new Set(comparison.sharedYears);
  return {
    ...comparison,
    profiles: comparison.profiles.map((profile) =>
      profileOf(
        { id: profile.dialogueId, shortName: profile.label, primary: profile.primary },
        profile.meetings.filter((meeting) => shared.has(meeting.year)),
      ),
    ),
  };
}

/**
 * Side-by-side rows for the topics in `topics` raised by at least one dialogue, most raised in
 * total first (ties by label); topic ids not in `topics` are left out. No profiles → [].
 */
export function buildProfileRows(
  comparison: DialogueComparison,
  topics: readonly Topic[],
  options: ProfileRowOptions = {},
): ProfileRow[] {
  const { profiles } = options.onlySharedYears ? restrictToSharedYears(comparison) : comparison;
  // Only topics some profile raised get a row, so the work follows the topics raised, not the
  // topics the dataset knows.
  const raised = new Set(profiles.flatMap((profile) => [...profile.topicCounts.keys()]));
  const rows = topics
    .filter((topic) => raised.has(topic.id))
    .map((topic) => {
      const row: ProfileRow = { topicId: topic.id, label: topic.label, total: 0 };
      for (const profile of profiles) {
        const count = profile.topicCounts.get(topic.id) ?? 0;
        row[profile.dialogueId] = count;
        row[`${profile.dialogueId}Share`] =
          profile.meetingsWithTopics === 0 ? null : count / profile.meetingsWithTopics;
        row.total += count;
      }
      return row;
    })
    .filter((row) => row.total > 0);
  return rows.toSorted(compareByTotalThenLabel);
}

export type DialogueSeries = { dialogueId: string; label: string; color: string };

/** One chart series per profile, in profile order, with its palette colour (CSS variable). */
export function listDialogueSeries(profiles: readonly DialogueProfile[]): DialogueSeries[] {
  return profiles.map((profile, index) => ({
    dialogueId: profile.dialogueId,
    label: profile.label,
    color: DIALOGUE_COLORS[index % DIALOGUE_COLORS.length] ?? 'var(--color-muted)',
  }));
}

/** "2022–2025", "2023" for a single year, or "no meetings". */
export function formatYears(years: DialogueProfile['years']): string {
  if (!years) return 'no meetings';
  return years.first === years.last ? String(years.first) : `${years.first}–${years.last}`;
}

function describeProfile(profile: DialogueProfile): string {
  if (profile.meetingCount === 0) return `${profile.label} has no meetings`;
  const topics = profile.topicCounts.size;
  return `${profile.label} raised ${topics} ${plural(topics, 'topic', 'topics')} at ${profile.meetingsWithTopics} of its ${profile.meetingCount} ${plural(profile.meetingCount, 'meeting', 'meetings')} (${formatYears(profile.years)})`;
}

/**
 * One sentence comparing the profiles: topics and meetings per dialogue, the years both cover and
 * which sides are thin; with `onlySharedYears`, counted over the shared years only.
 */
export function summarizeProfiles(
  comparison: DialogueComparison,
  options: ProfileRowOptions = {},
): string {
  const { profiles, sharedYears } = options.onlySharedYears
    ? restrictToSharedYears(comparison)
    : comparison;
  if (options.onlySharedYears && profiles.length > 1 && sharedYears.length === 0)
    return 'The dialogues have no year in common under these filters, so there is nothing to compare.';
  if (profiles.every((profile) => profile.meetingCount === 0))
    return 'No meetings of any dialogue match these filters.';
  const parts = profiles.map(describeProfile).join('; ');
  if (profiles.length < 2) return `${parts}; there is no other dialogue to compare it with.`;
  const shared =
    sharedYears.length === 0
      ? 'the dialogues have no year in common here'
      : `${options.onlySharedYears ? 'counting only the years both cover' : 'years both cover'}: ${sharedYears.join(', ')}`;
  const thin = profiles.filter((profile) => profile.thin !== null).map((profile) => profile.label);
  const caution =
    thin.length === 0 ? '' : `; data for ${thin.join(' and ')} is thin, so compare with care`;
  return `${parts}; ${shared}${caution}.${describeHiddenDialogues(comparison.hiddenDialogues)}`;
}

function describeHiddenDialogues(hidden: number): string {
  if (hidden === 0) return '';
  const more = `${hidden} more ${plural(hidden, 'dialogue has', 'dialogues have')}`;
  return ` ${more} meetings under these filters but ${plural(hidden, 'is', 'are')} left out: the comparison shows the primary dialogue and those with the most meetings.`;
}
