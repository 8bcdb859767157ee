import type { Dataset, Dialogue, Meeting } from '@/domain/schema';
import { yearOf } from '@/lib/dates';
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

export type ProfileRowOptions = { onlySharedYears?: boolean };

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
