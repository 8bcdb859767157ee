import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type { Evidence, Meeting } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/** A meeting as an agreement names it: its name and its standing on the reference date. */
export type AgreedMeeting = {
  id: string;
  label: string;
  standing: MeetingStanding;
  /** "agreed for 2025, no record found" when not confirmed, else null. */
  standingNote: string | null;
};

export type AgreedNext = {
  text: string;
  /** The agreed meeting when the outcome names one that is in the dataset. */
  meeting: AgreedMeeting | null;
  evidence: Evidence[];
};

/** A meeting's name and standing on `referenceDate` (`YYYY-MM-DD`), as an agreement names it. */
export function describeAgreedMeeting(
  dataset: LoadedDataset,
  agreed: Meeting,
  referenceDate: string,
): AgreedMeeting {
  const standing = meetingStanding(agreed, referenceDate);
  return {
    id: agreed.id,
    label: meetingName(agreed, dataset.index.dialogueById),
    standing,
    standingNote: standing === 'not-confirmed' ? describeNotConfirmedBriefly(agreed) : null,
  };
}

/**
 * What a meeting agreed for the next round: its `next-meeting-agreed` outcomes in record order,
 * each with the agreed meeting's standing on `referenceDate` (`YYYY-MM-DD`) when the dataset has
 * it; none recorded → an empty list.
 */
export function agreedNextOf(
  dataset: LoadedDataset,
  meeting: Meeting,
  referenceDate: string,
): AgreedNext[] {
  return nextMeetingAgreements(meeting, dataset.index.meetingById).map(({ outcome, agreed }) => ({
    text: outcome.text,
    meeting: agreed ? describeAgreedMeeting(dataset, agreed, referenceDate) : null,
    evidence: outcome.evidence,
  }));
}

/** A meeting's agreement on the next one: the outcome and the meeting it names, when recorded. */
export type NextMeetingAgreement = {
  outcome: Meeting['outcomes'][number];
  /** The agreed meeting when the outcome names one that `meetingById` holds; null otherwise. */
  agreed: Meeting | null;
};

/**
 * The `next-meeting-agreed` outcomes of `meeting`, in the order recorded, each with the meeting it
 * names looked up in `meetingById`; [] when it agreed none.
 */
export function nextMeetingAgreements(
  meeting: Pick<Meeting, 'outcomes'>,
  meetingById: ReadonlyMap<string, Meeting>,
): NextMeetingAgreement[] {
  return meeting.outcomes
    .filter((outcome) => outcome.kind === 'next-meeting-agreed')
    .map((outcome) => ({
      outcome,
      agreed: (outcome.meeting && meetingById.get(outcome.meeting)) || null,
    }));
}

/** What an agreement says of a place, shortly: the city, "online", else the country; null when none. */
function agreedPlace(agreed: Meeting): string | null {
  const { city, country, format } = agreed.location;
  if (format === 'online') return 'online';
  return city ?? country;
}

/**
 * "Washington, 2025": where and in which year the agreed meeting was to be held, as an agreement
 * gives them (the place and the year, the same parts `datasetAsOf` keeps of an agreed meeting;
 * "c. 2024" when its date is uncertain). An outcome that names no known meeting reads "a next round,
 * no place or year recorded".
 */
export function describeAgreedNextBriefly({ agreed }: NextMeetingAgreement): string {
  if (!agreed) return 'a next round, no place or year recorded';
  const year = formatPartialDate(agreed.date.value.slice(0, 4), agreed.date.uncertain);
  const place = agreedPlace(agreed);
  return place ? `${place}, ${year}` : year;
}
