import { KIND_RULES } from '@/domain/commitment-kinds';
import {
  isGovernmentVoice,
  practiceLabel,
  type PracticeSummary,
} from '@/domain/commitment-practice';
import { completionText, type DerivedStatus } from '@/domain/commitment-status';
import type { ProgrammeTerm } from '@/domain/commitment-flags';
import type { LoadedDataset } from '@/domain/dataset-index';
import { EVENT_TYPE_LABELS, REVERSAL_EXTENT_LABELS, VOICE_LABELS } from '@/domain/labels';
import type { Commitment, CommitmentEvent, Evidence, EventType } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { labelMeeting, type LinkedLabel } from '@/features/commitments/commitments-series';

export type HistoryEvent = {
  id: string;
  /** The partial ISO date, for `<time dateTime>`. */
  value: string;
  date: string;
  type: EventType;
  typeLabel: string;
  /** The finding of a practice finding, or how far a reversal goes; null otherwise. */
  detailLabel: string | null;
  text: string;
  /** Whose word the event is, e.g. "Kazakh government". */
  voiceLabel: string;
  /** A practice finding the Kazakh government reported about itself. */
  governmentReported: boolean;
  meeting: LinkedLabel | null;
  evidence: Evidence[];
  /** True for the event that set the completion. */
  setsStatus: boolean;
  /** True for the reversal that sets the reversal state. */
  setsReversal: boolean;
};

/**
 * A commitment's events oldest first (input order on ties), labelled for a vertical timeline; a
 * planned meeting is labelled as not confirmed once its period has passed by `referenceDate`.
 */
export function buildEventHistory(
  dataset: LoadedDataset,
  commitment: Commitment,
  derived: Pick<DerivedStatus, 'reachedBy' | 'reversal'> | null,
  referenceDate?: string,
): HistoryEvent[] {
  return commitment.events
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((event) => ({
      id: event.id,
      value: event.date.value,
      date: formatPartialDate(event.date.value, event.date.uncertain),
      type: event.type,
      typeLabel: EVENT_TYPE_LABELS[event.type],
      detailLabel: detailOf(event),
      text: event.text,
      voiceLabel: VOICE_LABELS[event.voice],
      governmentReported: event.type === 'assessed' && isGovernmentVoice(event.voice),
      meeting: event.meeting
        ? { id: event.meeting, label: labelMeeting(dataset, event.meeting, referenceDate) }
        : null,
      evidence: event.evidence,
      setsStatus: derived?.reachedBy?.id === event.id,
      setsReversal: derived?.reversal?.event.id === event.id,
    }));
}

function detailOf(event: CommitmentEvent): string | null {
  if (event.type === 'assessed' && event.finding) return practiceLabel(event.finding);
  if (event.type === 'reversed' && event.extent) return REVERSAL_EXTENT_LABELS[event.extent];
  return null;
}

const on = (event: CommitmentEvent) =>
  `${event.date.precision === 'day' ? 'on' : 'in'} ${formatPartialDate(event.date.value, event.date.uncertain)}`;

/**
 * The rule behind a completion as a sentence: "In force, reached on 16 June 2024 by: … (whose
 * word: Kazakh government)"; says when a practice finding showed it, and when nothing is recorded.
 */
export function describeStatusReason(commitment: Commitment, derived: DerivedStatus): string {
  const { noun } = KIND_RULES[commitment.kind];
  const event = derived.reachedBy;
  if (!event) return `${derived.label}: no act that reaches a rung of ${noun} is recorded.`;
  const how = derived.completedByPractice
    ? `shown ${on(event)} by a practice finding (no entry into force is recorded)`
    : `reached ${on(event)}`;
  const done = derived.complete ? ` Complete for ${noun}.` : '';
  return `${derived.label}, ${how} by: ${event.text} Whose word: ${VOICE_LABELS[event.voice]}.${done}`;
}

/** The reversal in words, e.g. "Partly reversed on 30 December 2025: … (Kazakh government)". */
export function describeReversal(derived: DerivedStatus): string | null {
  const reversal = derived.reversal;
  if (!reversal) return null;
  const state = completionText(derived).split(', ').at(-1) ?? '';
  const { event } = reversal;
  return `${state.charAt(0).toUpperCase()}${state.slice(1)} ${on(event)}: ${event.text} Whose word: ${VOICE_LABELS[event.voice]}.`;
}

/** The practice headline in words, and what is missing from the record. */
export function describePractice(practice: PracticeSummary): string {
  const { headline } = practice;
  if (!headline)
    return 'No practice finding is recorded: nothing here says what changed in practice.';
  const { event, finding } = headline;
  const who = headline.governmentReported
    ? 'Government-reported'
    : `Found by: ${VOICE_LABELS[event.voice]}`;
  const missing = headline.governmentReported
    ? ' No assessment from outside the Kazakh government is recorded.'
    : '';
  return `${practiceLabel(finding)} (${who}, ${formatPartialDate(event.date.value, event.date.uncertain)}): ${event.text}${missing}`;
}

/** A programme's term in words: "Term 2022–2026: runs to the end of 2026; no successor is recorded." */
export function describeTerm(term: ProgrammeTerm, successorTitle: string | null): string {
  const span = term.from === term.to ? term.from : `${term.from}–${term.to}`;
  const next = successorTitle ? `succeeded by “${successorTitle}”` : 'no successor is recorded';
  const state = term.ended ? 'ended at' : 'runs to';
  return `Term ${span}: ${state} the end of ${formatPartialDate(term.to)}; ${next}.`;
}
