import {
  STATUS_SCALE,
  type CommitmentStatus,
  type DerivedStatus,
} from '@/domain/commitment-status';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName } from '@/domain/labels';
import { meetingStanding } from '@/domain/meeting-standing';
import type { Commitment, Evidence } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { countNoun } from '@/lib/plural';

export type StatusCountRow = { status: CommitmentStatus; label: string; count: number };

export type LinkedLabel = { id: string; label: string };

const SCALE_INDEX = new Map<CommitmentStatus, number>(
  STATUS_SCALE.map((entry, index) => [entry.id, index]),
);

/** The position of a status on the shared scale (the legend's order), for sorting. */
export function statusRank(status: CommitmentStatus): number {
  return SCALE_INDEX.get(status) ?? 0;
}

/** The label of a status on the shared scale, e.g. `partly-reversed` → "Partly reversed". */
export function describeStatus(status: CommitmentStatus): string {
  return STATUS_SCALE[statusRank(status)]?.label ?? status;
}

/**
 * One row per status of the shared scale, in the legend's order, counting the given commitments at
 * each (zero-filled); a commitment missing from `statusById` counts as `no-evidence`.
 */
export function countByStatus(
  commitments: readonly Commitment[],
  statusById: ReadonlyMap<string, DerivedStatus>,
): StatusCountRow[] {
  const counts = new Map<CommitmentStatus, number>();
  for (const commitment of commitments) {
    const status = statusById.get(commitment.id)?.status ?? 'no-evidence';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return STATUS_SCALE.map((entry) => ({
    status: entry.id,
    label: entry.label,
    count: counts.get(entry.id) ?? 0,
  }));
}

const joinWords = (words: readonly string[], conjunction: 'and' | 'or') =>
  words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;

/**
 * One sentence summarising status counts out of `total` commitments in the dataset: the shown
 * total, then each non-zero status by count (most first, scale order on ties), then the empty rungs.
 */
export function summarizeStatusCounts(rows: readonly StatusCountRow[], total: number): string {
  const shown = rows.reduce((sum, row) => sum + row.count, 0);
  if (shown === 0) return 'No commitments match the filters.';
  const scope =
    shown === total
      ? `All ${countNoun(total, 'commitment', 'commitments')}`
      : `${shown} of ${countNoun(total, 'commitment', 'commitments')}`;
  const present = rows
    .filter((row) => row.count > 0)
    .toSorted((a, b) => b.count - a.count)
    .map((row) => `${row.count} ${row.label}`);
  const absent = rows.filter((row) => row.count === 0).map((row) => row.label);
  const none = absent.length > 0 ? `; none at ${joinWords(absent, 'or')}` : '';
  return `${scope} by derived status: ${joinWords(present, 'and')}${none}.`;
}

/**
 * A meeting's name (see `meetingName`) with its date at its precision when numbered, and
 * "(planned)" when planned, e.g. "US–Kazakhstan round 3, 20 May 2024"; an unknown id is returned as is.
 * Given a `referenceDate` (`YYYY-MM-DD`), a planned meeting whose agreed period ended before it reads
 * "(not confirmed)" instead (see `meetingStanding`).
 */
export function labelMeeting(
  dataset: LoadedDataset,
  meetingId: string,
  referenceDate?: string,
): string {
  const meeting = dataset.index.meetingById.get(meetingId);
  if (!meeting) return meetingId;
  const name = meetingName(meeting, dataset.index.dialogueById);
  // An unnumbered meeting's name already carries its date.
  const date =
    meeting.round === null
      ? ''
      : `, ${formatPartialDate(meeting.date.value, meeting.date.uncertain)}`;
  if (meeting.status === 'held') return `${name}${date}`;
  const notConfirmed =
    referenceDate !== undefined && meetingStanding(meeting, referenceDate) === 'not-confirmed';
  return `${name}${date}${notConfirmed ? ' (not confirmed)' : ' (planned)'}`;
}

/**
 * The meetings where a commitment was discussed, oldest first (unknown ids last), with labels
 * (a planned one marked as not confirmed once its period has passed by `referenceDate`).
 */
export function listDiscussedAt(
  dataset: LoadedDataset,
  commitment: Commitment,
  referenceDate?: string,
): (LinkedLabel & { evidence: Evidence[] })[] {
  const dateOf = (id: string) => dataset.index.meetingById.get(id)?.date.value ?? '9999';
  return commitment.discussedAt
    .toSorted((a, b) => comparePartialDates(dateOf(a.meeting), dateOf(b.meeting)))
    .map((entry) => ({
      id: entry.meeting,
      label: labelMeeting(dataset, entry.meeting, referenceDate),
      evidence: entry.evidence,
    }));
}
