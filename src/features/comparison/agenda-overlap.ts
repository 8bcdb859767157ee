import {
  emptyGroupCounts,
  readoutGroupOf,
  readoutsByTopic,
  type ReadoutGroup,
} from '@/domain/readout-group';
import { meetingName } from '@/domain/labels';
import type { Dialogue, Meeting, Readout } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { countNoun } from '@/lib/plural';
import { READOUT_ORDER } from '@/features/comparison/readout-comparison';
import { isolate } from '@/lib/isolate';

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
    return `At ${isolate(first.label)}, the only meeting shown with more than one readout, ${shared} of ${countNoun(first.total, 'topic', 'topics')} (${formatShare(first.overlapShare)}) ${verb} raised by both sides${note}.`;
  }
  const sorted = compared.toSorted((a, b) => a.overlapShare - b.overlapShare);
  const low = sorted[0];
  const high = sorted.at(-1);
  if (!low || !high) return '';
  const range =
    formatShare(low.overlapShare) === formatShare(high.overlapShare)
      ? `was ${formatShare(low.overlapShare)} at each`
      : `ranged from ${formatShare(low.overlapShare)} (${isolate(low.label)}) to ${formatShare(high.overlapShare)} (${isolate(high.label)})`;
  return `At the ${compared.length} meetings shown with more than one readout, the share of topics raised by both sides ${range}${note}.`;
}
