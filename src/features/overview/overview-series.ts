import { describeAgreedNextBriefly, nextMeetingAgreements } from '@/domain/agreed-next';
import { meetingPlace, SIDE_LABELS, SIDE_SHORT_LABELS } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type { Commitment, Dataset, Meeting } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';

export type DatasetCounts = {
  /** Meetings that match the filters, and how many the dataset (as of the date) holds. */
  meetings: number;
  allMeetings: number;
  heldMeetings: number;
  plannedMeetings: number;
  notConfirmedMeetings: number;
  dialogues: number;
  topics: number;
  /** Commitments that match the filters, and how many the dataset (as of the date) holds. */
  commitments: number;
  allCommitments: number;
  sources: number;
  conflicts: number;
};

/** The records that pass the filters; all of them when none is set. */
export type MatchingRecords = {
  meetings: readonly Meeting[];
  commitments: readonly Commitment[];
};

/**
 * Record counts for the first screen: the meetings and commitments that match the filters (all by
 * default) beside the dataset's totals. Held, planned and not confirmed meetings (their standing on
 * `referenceDate`, `YYYY-MM-DD`) add up to the matching meetings.
 */
export function countRecords(
  dataset: Dataset,
  referenceDate: string,
  matching: MatchingRecords = dataset,
): DatasetCounts {
  const byStanding: Record<MeetingStanding, number> = { held: 0, planned: 0, 'not-confirmed': 0 };
  for (const meeting of matching.meetings) byStanding[meetingStanding(meeting, referenceDate)] += 1;
  return {
    meetings: matching.meetings.length,
    allMeetings: dataset.meetings.length,
    heldMeetings: byStanding.held,
    plannedMeetings: byStanding.planned,
    notConfirmedMeetings: byStanding['not-confirmed'],
    dialogues: dataset.dialogues.length,
    topics: dataset.topics.length,
    commitments: matching.commitments.length,
    allCommitments: dataset.commitments.length,
    sources: dataset.sources.length,
    conflicts: dataset.conflicts.length,
  };
}

/**
 * "9 held · 1 not confirmed": held always, planned when any (or when nothing is unconfirmed, so
 * "3 held · 0 planned" still says none is pending), not confirmed when any; "· of 10" when the
 * filters leave out some.
 */
export function describeMeetingCounts(counts: DatasetCounts): string {
  const parts = [`${counts.heldMeetings} held`];
  if (counts.plannedMeetings > 0 || counts.notConfirmedMeetings === 0)
    parts.push(`${counts.plannedMeetings} planned`);
  if (counts.notConfirmedMeetings > 0) parts.push(`${counts.notConfirmedMeetings} not confirmed`);
  if (counts.meetings !== counts.allMeetings) parts.push(`of ${counts.allMeetings}`);
  return parts.join(' · ');
}

/** "match the filters, of 18" when the filters leave out some commitments; null when none is left out. */
export function describeCommitmentCounts(counts: DatasetCounts): string | null {
  return counts.commitments === counts.allCommitments
    ? null
    : `match the filters, of ${counts.allCommitments}`;
}

export type RoundRow = {
  id: string;
  round: string;
  date: string;
  place: string;
  standing: MeetingStanding;
  /** For a meeting not confirmed: "agreed for 2025, no record found"; otherwise null. */
  standingNote: string | null;
  /** Each co-chair's name and side ("United States"), the other government first; empty when no source names them. */
  coChairs: readonly CoChairName[];
  /**
   * Where and when the round agreed to meet next ("Washington, 2025"; several joined by "; "),
   * "not recorded" for a held round with no such agreement, null for a round not held.
   */
  agreedNext: string | null;
};

/** A co-chair's id, name and side: "United States", and "US" where a line is short. */
export type CoChairName = { id: string; name: string; side: string; shortSide: string };

/** The other government before Kazakhstan, whatever order a source gives the co-chairs in. */
const SIDE_ORDER = ['us', 'eu', 'kz'] as const;

function coChairsOf(meeting: Meeting, personName: (id: string) => string): CoChairName[] {
  return meeting.coChairs
    .toSorted((a, b) => SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side))
    .map((chair) => ({
      id: chair.person,
      name: personName(chair.person),
      side: SIDE_LABELS[chair.side],
      shortSide: SIDE_SHORT_LABELS[chair.side],
    }));
}

function placeOf(meeting: Meeting): string {
  // The rounds table adds the country, so it says "Unknown" only when neither is known.
  const { city, country, format } = meeting.location;
  if (format === 'online') return meetingPlace(meeting);
  const name = city ? meetingPlace(meeting) : null;
  return [name, country].filter(Boolean).join(', ') || 'Unknown';
}

function agreedNextOf(
  meeting: Meeting,
  standing: MeetingStanding,
  meetingById: ReadonlyMap<string, Meeting>,
): string | null {
  if (standing !== 'held') return null;
  const agreements = nextMeetingAgreements(meeting, meetingById);
  if (agreements.length === 0) return 'not recorded';
  return agreements.map(describeAgreedNextBriefly).join('; ');
}

/**
 * One row per meeting of a dialogue among `meetings`, oldest first, with dates at their precision,
 * each meeting's standing on `referenceDate` (`YYYY-MM-DD`), its co-chairs (`personName` gives
 * a person's name from their id) and what it agreed for the next round (the agreed meeting looked
 * up in `meetingById`, which may hold meetings the filters leave out). No meeting of it → [].
 */
export function listRounds(
  meetings: readonly Meeting[],
  dialogueId: string,
  referenceDate: string,
  personName: (id: string) => string = (id) => id,
  meetingById: ReadonlyMap<string, Meeting> = new Map(),
): RoundRow[] {
  return meetings
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
        coChairs: coChairsOf(meeting, personName),
        agreedNext: agreedNextOf(meeting, standing, meetingById),
      };
    });
}
