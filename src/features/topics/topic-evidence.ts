import { readoutGroupOf, type ReadoutGroup } from '@/domain/readout-group';
import type { Commitment, Dataset, Evidence, Meeting, Readout } from '@/domain/schema';
import { READOUT_LABELS } from '@/domain/labels';
import { comparePartialDates } from '@/lib/dates';
import { shortMeetingLabel } from '@/features/topics/topic-round-matrix';

const READOUT_ORDER = Object.keys(READOUT_LABELS) as Readout[];

export type RaisedEntry = { readout: Readout; evidence: Evidence[] };
export type TopicMeetingEvidence = {
  meeting: Meeting;
  label: string;
  group: ReadoutGroup | null;
  /** One entry per readout, in READOUT_LABELS order, with all its quotes. */
  raised: RaisedEntry[];
};
export type TopicEvidence = {
  meetings: TopicMeetingEvidence[];
  /** Commitments tagged with the topic, in dataset order. */
  commitments: Commitment[];
};

/**
 * The evidence behind a topic's count: each of `meetings` that raised it (oldest first) with its
 * readouts and quotes, and every commitment in the dataset tagged with it. Unknown id → empty lists.
 */
export function topicEvidence(
  dataset: Pick<Dataset, 'dialogues' | 'commitments'>,
  topicId: string,
  meetings: readonly Meeting[],
): TopicEvidence {
  const dialogueById = new Map(dataset.dialogues.map((dialogue) => [dialogue.id, dialogue]));
  const perMeeting = meetings
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => {
      const entries = meeting.topics.filter((raised) => raised.topic === topicId);
      const raised = READOUT_ORDER.map((readout) => ({
        readout,
        evidence: entries
          .filter((entry) => entry.raisedIn === readout)
          .flatMap((entry) => entry.evidence),
      })).filter((entry) => entry.evidence.length > 0);
      return {
        meeting,
        label: shortMeetingLabel(meeting, dialogueById.get(meeting.dialogue)),
        group: readoutGroupOf(new Set(raised.map((entry) => entry.readout))),
        raised,
      };
    })
    .filter((entry) => entry.raised.length > 0);
  return {
    meetings: perMeeting,
    commitments: dataset.commitments.filter((commitment) => commitment.topics.includes(topicId)),
  };
}
