import {
  emptyGroupCounts,
  readoutGroupOf,
  readoutsByTopic,
  type ReadoutGroup,
} from '@/domain/readout-group';
import { collectSourceIds } from '@/domain/cited-sources';
import { meetingName, READOUT_LABELS } from '@/domain/labels';
import type {
  Conflict,
  Dataset,
  Dialogue,
  Evidence,
  Meeting,
  Readout,
  Topic,
} from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { countNoun } from '@/lib/plural';

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

export type AgendaOverlapRow = {
  meetingId: string;
  label: string;
  /** The meeting's date in words. */
  date: string;
  readouts: Readout[];
  /** Only one readout raised topics: the row reflects one text, not a comparison. */
  singleReadout: boolean;
  /** Distinct topics raised; the five counts below add up to it. */
  total: number;
  /** Raised in both the US statement and the Kazakh readout (and in no joint statement). */
  both: number;
  usOnly: number;
  kzOnly: number;
  /** Raised in a joint statement. */
  joint: number;
  /** Raised in an EU statement only. */
  eu: number;
  /** (both + joint) / total, from 0 to 1. */
  overlapShare: number;
};

/** The stacks of the overlap chart, in drawing order, with the row field and palette group of each. */
export const OVERLAP_STACKS = [
  { key: 'both', group: 'both' },
  { key: 'joint', group: 'joint' },
  { key: 'usOnly', group: 'us-only' },
  { key: 'kzOnly', group: 'kz-only' },
  { key: 'eu', group: 'eu' },
] as const satisfies readonly { key: keyof AgendaOverlapRow; group: ReadoutGroup }[];

/**
 * One row per meeting that raised any topic, oldest first: topics by whose text raised them and the
 * share raised by both sides (joint-statement topics count as both). Single-readout meetings are kept
 * and flagged. Empty input → [].
 */
export function buildAgendaOverlap(
  meetings: readonly Meeting[],
  dialogueById: ReadonlyMap<string, Dialogue>,
): AgendaOverlapRow[] {
  return meetings
    .filter((meeting) => meeting.topics.length > 0)
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value))
    .map((meeting) => {
      // Only counts are needed here, not compareReadouts' columns and quotes: a large dataset has
      // thousands of meetings, and this chart is drawn on load.
      const byTopic = readoutsByTopic(meeting);
      const counts = emptyGroupCounts();
      const raisedBy = new Set<Readout>();
      for (const readouts of byTopic.values()) {
        counts[readoutGroupOf(readouts) ?? 'eu'] += 1;
        for (const readout of readouts) raisedBy.add(readout);
      }
      const readouts = READOUT_ORDER.filter((readout) => raisedBy.has(readout));
      const total = byTopic.size;
      return {
        meetingId: meeting.id,
        label: meetingName(meeting, dialogueById),
        date: formatPartialDate(meeting.date.value, meeting.date.uncertain),
        readouts,
        singleReadout: readouts.length < 2,
        total,
        both: counts.both,
        usOnly: counts['us-only'],
        kzOnly: counts['kz-only'],
        joint: counts.joint,
        eu: counts.eu,
        overlapShare: total === 0 ? 0 : (counts.both + counts.joint) / total,
      };
    });
}

/** A share from 0 to 1 as a whole percentage: 0.538 → "54%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One sentence on the overlap rows: the share raised by both sides where two readouts exist, honest about single readouts. */
export function summarizeOverlap(rows: readonly AgendaOverlapRow[]): string {
  if (rows.length === 0) return 'No topics are recorded for the meetings shown.';
  const compared = rows.filter((row) => !row.singleReadout);
  const single = rows.length - compared.length;
  const note =
    single === 0
      ? ''
      : `; ${countNoun(single, 'meeting has', 'meetings have')} one readout only, so ${single === 1 ? 'its bar reflects' : 'their bars reflect'} one text`;
  if (compared.length === 0)
    return `None of the ${countNoun(rows.length, 'meeting', 'meetings')} shown has more than one readout, so each bar reflects one text, not a comparison.`;
  const [first] = compared;
  if (compared.length === 1 && first) {
    const shared = first.both + first.joint;
    const verb = shared === 1 ? 'was' : 'were';
    return `At ${first.label}, the only meeting shown with more than one readout, ${shared} of ${countNoun(first.total, 'topic', 'topics')} (${formatShare(first.overlapShare)}) ${verb} raised by both sides${note}.`;
  }
  const sorted = compared.toSorted((a, b) => a.overlapShare - b.overlapShare);
  const low = sorted[0];
  const high = sorted.at(-1);
  if (!low || !high) return '';
  const range =
    formatShare(low.overlapShare) === formatShare(high.overlapShare)
      ? `was ${formatShare(low.overlapShare)} at each`
      : `ranged from ${formatShare(low.overlapShare)} (${low.label}) to ${formatShare(high.overlapShare)} (${high.label})`;
  return `At the ${compared.length} meetings shown with more than one readout, the share of topics raised by both sides ${range}${note}.`;
}

/**
 * The recorded conflicts that apply to a meeting, in dataset order: about the meeting itself, about a
 * source its evidence cites, or about one of its co-chairs when a claim quotes a source the meeting
 * cites (so a title dispute from another round is not shown here). Commitment conflicts never apply.
 */
export function conflictsForMeeting(
  dataset: Pick<Dataset, 'conflicts'>,
  meeting: Meeting,
): Conflict[] {
  const cited = new Set(collectSourceIds(meeting));
  const coChairs = new Set(meeting.coChairs.map((coChair) => coChair.person));
  return dataset.conflicts.filter((conflict) => {
    const { kind, id } = conflict.about;
    if (kind === 'meeting') return id === meeting.id;
    if (kind === 'source') return cited.has(id);
    if (kind === 'person')
      return (
        coChairs.has(id) &&
        conflict.claims.some((claim) => claim.evidence.some((item) => cited.has(item.source)))
      );
    return false;
  });
}
