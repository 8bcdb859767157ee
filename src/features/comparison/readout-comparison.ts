import { readoutGroupOf, type ReadoutGroup } from '@/domain/readout-group';
import { READOUT_LABELS } from '@/domain/labels';
import type { Evidence, Meeting, Readout, Topic } from '@/domain/schema';
import { comparePartialDates } from '@/lib/dates';

/** The order readouts are listed and shown side by side in. */
export const READOUT_ORDER: readonly Readout[] = [
  'joint-statement',
  'us-statement',
  'kazakh-readout',
  'eu-statement',
];

export type ComparedTopic = {
  topicId: string;
  label: string;
  /** The readouts that raised it, in READOUT_ORDER. */
  raisedIn: Readout[];
  /** The readout that raised it when exactly one did; null when several did. */
  onlyOne: Readout | null;
  /** Whose text raised it: a joint statement wins, then US and Kazakh together, then one side. */
  group: ReadoutGroup;
  /** The quotes, per readout, in the order of `raisedIn`. */
  entries: { readout: Readout; evidence: Evidence[] }[];
};

export type ReadoutColumn = {
  readout: Readout;
  /** Topics this readout raised: shared ones first, then those only it raised, each in record order. */
  topics: { topic: ComparedTopic; evidence: Evidence[] }[];
};

export type ReadoutComparison = {
  meetingId: string;
  /** Readouts that raised at least one topic, in READOUT_ORDER. */
  readouts: Readout[];
  /** True when at least two distinct readouts raised topics at the meeting. */
  multipleReadouts: boolean;
  /** Every topic raised, once, in the order the record first lists it. */
  topics: ComparedTopic[];
  /** Raised by the US statement only (not by the Kazakh readout nor a joint statement). */
  usOnly: ComparedTopic[];
  /** Raised by the Kazakh readout only (not by the US statement nor a joint statement). */
  kzOnly: ComparedTopic[];
  /** Raised by both sides: in a joint statement (which both sides issued) or in both readouts. */
  both: ComparedTopic[];
  columns: ReadoutColumn[];
};

/**
 * Which readouts of one meeting raised which topics, with the quotes: side-by-side columns per readout
 * and the topics only the US or only the Kazakh side raised. A topic in a joint statement counts as
 * raised by both sides; EU-statement topics are in no side list. Unknown topic ids keep their id as label.
 */
export function compareReadouts(
  meeting: Meeting,
  topicsById: ReadonlyMap<string, Topic>,
): ReadoutComparison {
  const evidenceByTopic = new Map<string, Map<Readout, Evidence[]>>();
  for (const raised of meeting.topics) {
    const byReadout = evidenceByTopic.get(raised.topic) ?? new Map<Readout, Evidence[]>();
    byReadout.set(raised.raisedIn, [...(byReadout.get(raised.raisedIn) ?? []), ...raised.evidence]);
    evidenceByTopic.set(raised.topic, byReadout);
  }
  const topics = [...evidenceByTopic].map(([topicId, byReadout]): ComparedTopic => {
    const raisedIn = READOUT_ORDER.filter((readout) => byReadout.has(readout));
    return {
      topicId,
      label: topicsById.get(topicId)?.label ?? topicId,
      raisedIn,
      onlyOne: raisedIn.length === 1 ? (raisedIn[0] ?? null) : null,
      // Never empty here: every compared topic was raised by at least one readout.
      group: readoutGroupOf(new Set(raisedIn)) ?? 'eu',
      entries: raisedIn.map((readout) => ({ readout, evidence: byReadout.get(readout) ?? [] })),
    };
  });
  const readouts = READOUT_ORDER.filter((readout) =>
    topics.some((topic) => topic.raisedIn.includes(readout)),
  );
  const columns = readouts.map((readout) => {
    const inColumn = topics.flatMap((topic) =>
      topic.entries
        .filter((entry) => entry.readout === readout)
        .map((entry) => ({ topic, evidence: entry.evidence })),
    );
    return {
      readout,
      topics: inColumn.toSorted(
        (a, b) => Number(a.topic.onlyOne !== null) - Number(b.topic.onlyOne !== null),
      ),
    };
  });
  return {
    meetingId: meeting.id,
    readouts,
    multipleReadouts: readouts.length >= 2,
    topics,
    usOnly: topics.filter((topic) => topic.group === 'us-only'),
    kzOnly: topics.filter((topic) => topic.group === 'kz-only'),
    both: topics.filter((topic) => topic.group === 'both' || topic.group === 'joint'),
    columns,
  };
}

/** "the US statement", "the joint statement": a readout's label inside a sentence. */
export function readoutInSentence(readout: Readout): string {
  const label = READOUT_LABELS[readout];
  // The other labels start with a proper adjective (US, Kazakh, EU) that keeps its capital.
  return readout === 'joint-statement' ? `the ${label.toLowerCase()}` : `the ${label}`;
}

/** The meetings with more than one readout among `meetings`, newest first. */
export function meetingsWithSeveralReadouts(meetings: readonly Meeting[]): Meeting[] {
  return meetings
    .filter((meeting) => new Set(meeting.topics.map((raised) => raised.raisedIn)).size >= 2)
    .toSorted((a, b) => comparePartialDates(b.date.value, a.date.value));
}

/** The requested meeting when it is among `candidates`, else the first candidate; null when there are none. */
export function pickComparedMeeting(
  candidates: readonly Meeting[],
  requestedId: string | null,
): Meeting | null {
  return candidates.find((meeting) => meeting.id === requestedId) ?? candidates[0] ?? null;
}
