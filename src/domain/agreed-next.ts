import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type { Evidence, Meeting } from '@/domain/schema';

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
  return meeting.outcomes
    .filter((outcome) => outcome.kind === 'next-meeting-agreed')
    .map((outcome) => {
      const agreed = outcome.meeting ? dataset.index.meetingById.get(outcome.meeting) : undefined;
      return {
        text: outcome.text,
        meeting: agreed ? describeAgreedMeeting(dataset, agreed, referenceDate) : null,
        evidence: outcome.evidence,
      };
    });
}
