import { meetingPlace } from '@/data/labels';
import type { Dataset, Meeting } from '@/data/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';

export type DatasetCounts = {
  meetings: number;
  heldMeetings: number;
  plannedMeetings: number;
  dialogues: number;
  topics: number;
  commitments: number;
  sources: number;
  conflicts: number;
};

/** Record counts for the first screen; held and planned meetings add up to all meetings. */
export function countRecords(dataset: Dataset): DatasetCounts {
  const held = dataset.meetings.filter((meeting) => meeting.status === 'held').length;
  return {
    meetings: dataset.meetings.length,
    heldMeetings: held,
    plannedMeetings: dataset.meetings.length - held,
    dialogues: dataset.dialogues.length,
    topics: dataset.topics.length,
    commitments: dataset.commitments.length,
    sources: dataset.sources.length,
    conflicts: dataset.conflicts.length,
  };
}

export type RoundRow = {
  id: string;
  round: string;
  date: string;
  place: string;
  status: Meeting['status'];
};

function placeOf(meeting: Meeting): string {
  // The rounds table adds the country, so it says "Unknown" only when neither is known.
  const { city, country, format } = meeting.location;
  if (format === 'online') return meetingPlace(meeting);
  const name = city ? meetingPlace(meeting) : null;
  return [name, country].filter(Boolean).join(', ') || 'Unknown';
}

/** One row per meeting of a dialogue, oldest first, with dates at their precision. Unknown dialogue → []. */
export function listRounds(dataset: Dataset, dialogueId: string): RoundRow[] {
  return dataset.meetings
    .filter((meeting) => meeting.dialogue === dialogueId)
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => ({
      id: meeting.id,
      round: meeting.round === null ? 'Not numbered' : String(meeting.round),
      date: formatPartialDate(meeting.date.value, meeting.date.uncertain),
      place: placeOf(meeting),
      status: meeting.status,
    }));
}
