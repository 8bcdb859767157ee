import { meetingPlace } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type { Dataset, Meeting } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';

export type DatasetCounts = {
  meetings: number;
  heldMeetings: number;
  plannedMeetings: number;
  notConfirmedMeetings: number;
  dialogues: number;
  topics: number;
  commitments: number;
  sources: number;
  conflicts: number;
};

/**
 * Record counts for the first screen; held, planned and not confirmed meetings (their standing on
 * `referenceDate`, `YYYY-MM-DD`) add up to all meetings.
 */
export function countRecords(dataset: Dataset, referenceDate: string): DatasetCounts {
  const byStanding: Record<MeetingStanding, number> = { held: 0, planned: 0, 'not-confirmed': 0 };
  for (const meeting of dataset.meetings) byStanding[meetingStanding(meeting, referenceDate)] += 1;
  return {
    meetings: dataset.meetings.length,
    heldMeetings: byStanding.held,
    plannedMeetings: byStanding.planned,
    notConfirmedMeetings: byStanding['not-confirmed'],
    dialogues: dataset.dialogues.length,
    topics: dataset.topics.length,
    commitments: dataset.commitments.length,
    sources: dataset.sources.length,
    conflicts: dataset.conflicts.length,
  };
}

/**
 * "9 held · 1 not confirmed": held always, planned when any (or when nothing is unconfirmed, so
 * "3 held · 0 planned" still says none is pending), not confirmed when any.
 */
export function describeMeetingCounts(counts: DatasetCounts): string {
  const parts = [`${counts.heldMeetings} held`];
  if (counts.plannedMeetings > 0 || counts.notConfirmedMeetings === 0)
    parts.push(`${counts.plannedMeetings} planned`);
  if (counts.notConfirmedMeetings > 0) parts.push(`${counts.notConfirmedMeetings} not confirmed`);
  return parts.join(' · ');
}

export type RoundRow = {
  id: string;
  round: string;
  date: string;
  place: string;
  standing: MeetingStanding;
  /** For a meeting not confirmed: "agreed for 2025, no record found"; otherwise null. */
  standingNote: string | null;
};

function placeOf(meeting: Meeting): string {
  // The rounds table adds the country, so it says "Unknown" only when neither is known.
  const { city, country, format } = meeting.location;
  if (format === 'online') return meetingPlace(meeting);
  const name = city ? meetingPlace(meeting) : null;
  return [name, country].filter(Boolean).join(', ') || 'Unknown';
}

/**
 * One row per meeting of a dialogue, oldest first, with dates at their precision and each meeting's
 * standing on `referenceDate` (`YYYY-MM-DD`). Unknown dialogue → [].
 */
export function listRounds(
  dataset: Dataset,
  dialogueId: string,
  referenceDate: string,
): RoundRow[] {
  return dataset.meetings
    .filter((meeting) => meeting.dialogue === dialogueId)
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => {
      const standing = meetingStanding(meeting, referenceDate);
      return {
        id: meeting.id,
        round: meeting.round === null ? 'Not numbered' : String(meeting.round),
        date: formatPartialDate(meeting.date.value, meeting.date.uncertain),
        place: placeOf(meeting),
        standing,
        standingNote: standing === 'not-confirmed' ? describeNotConfirmedBriefly(meeting) : null,
      };
    });
}
