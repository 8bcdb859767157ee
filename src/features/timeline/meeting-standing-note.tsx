import { useId } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import {
  describeNotConfirmed,
  findMeetingAgreement,
  NOT_CONFIRMED_RULE,
} from '@/domain/meeting-standing';
import type { Meeting } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DataText } from '@/components/ui/data-text';

export type MeetingStandingNoteProps = {
  meeting: Meeting;
  dataset: LoadedDataset;
  /** The day the standing is judged on (`YYYY-MM-DD`): the "View as of" date or today. */
  referenceDate: string;
};

/** Why a planned meeting reads "Not confirmed": the sentence, the rule, and the agreement's quotes. */
export function MeetingStandingNote({ meeting, dataset, referenceDate }: MeetingStandingNoteProps) {
  const titleId = useId();
  const agreement = findMeetingAgreement(dataset.meetings, meeting.id);
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      className="space-y-2 rounded-md border-2 border-dotted border-danger p-3"
    >
      <p id={titleId} className="font-semibold text-danger">
        Not confirmed
      </p>
      <p>{describeNotConfirmed(meeting, agreement, referenceDate)}</p>
      <p className="text-sm text-muted">Rule: {NOT_CONFIRMED_RULE}</p>
      {agreement && (
        <>
          <p className="text-sm">
            The agreement: <DataText>{agreement.outcome.text}</DataText>
          </p>
          <EvidenceList evidence={agreement.outcome.evidence} />
        </>
      )}
    </div>
  );
}
