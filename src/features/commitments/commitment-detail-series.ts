import type { DerivedStatus } from '@/data/commitment-status';
import type { LoadedDataset } from '@/data/dataset-index';
import { EVENT_TYPE_LABELS, SIDE_LABELS } from '@/data/labels';
import type { Commitment, CommitmentEvent, Evidence, EventType } from '@/data/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import {
  describeStatus,
  labelMeeting,
  type LinkedLabel,
} from '@/features/commitments/commitments-series';

const ACTOR_LABELS: Record<CommitmentEvent['actor'], string> = { ...SIDE_LABELS, other: 'Other' };

export type HistoryEvent = {
  id: string;
  /** The partial ISO date, for `<time dateTime>`. */
  value: string;
  date: string;
  type: EventType;
  typeLabel: string;
  text: string;
  actorLabel: string;
  meeting: LinkedLabel | null;
  evidence: Evidence[];
  /** True for the event that reached the current status. */
  setsStatus: boolean;
};

/** A commitment's events oldest first (input order on ties), labelled for a vertical timeline. */
export function buildEventHistory(
  dataset: LoadedDataset,
  commitment: Commitment,
  reachedBy: CommitmentEvent | null,
): HistoryEvent[] {
  return commitment.events
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((event) => ({
      id: event.id,
      value: event.date.value,
      date: formatPartialDate(event.date.value, event.date.uncertain),
      type: event.type,
      typeLabel: EVENT_TYPE_LABELS[event.type],
      text: event.text,
      actorLabel: ACTOR_LABELS[event.actor],
      meeting: event.meeting
        ? { id: event.meeting, label: labelMeeting(dataset, event.meeting) }
        : null,
      evidence: event.evidence,
      setsStatus: reachedBy !== null && event.id === reachedBy.id,
    }));
}

/**
 * The rule behind a status as a sentence: "Status: In force, reached on 16 June 2024 by: …"
 * ("in" for month or year dates); for `no-evidence`, says that no rung-moving event is recorded.
 */
export function describeStatusReason(derived: DerivedStatus): string {
  const label = describeStatus(derived.status);
  const event = derived.reachedBy;
  if (!event) return `Status: ${label}. No announcement, draft or act is recorded.`;
  const preposition = event.date.precision === 'day' ? 'on' : 'in';
  const date = formatPartialDate(event.date.value, event.date.uncertain);
  return `Status: ${label}, reached ${preposition} ${date} by: ${event.text}`;
}
