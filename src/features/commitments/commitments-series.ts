import { flagCommitment } from '@/data/commitment-flags';
import { STATUS_LADDER, type CommitmentStatus, type DerivedStatus } from '@/data/commitment-status';
import type { LoadedDataset } from '@/data/dataset-index';
import { meetingName } from '@/data/labels';
import { meetingStanding } from '@/data/meeting-standing';
import type { Commitment, Evidence, EventType } from '@/data/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { textComparator } from '@/lib/compare-text';

export type StatusCountRow = { status: CommitmentStatus; label: string; count: number };

export type LinkedLabel = { id: string; label: string };

export type CommitmentRow = {
  /** No new evidence for a year and not in force (see FLAG_RULES). */
  stalled: boolean;
  /** A stated deadline has passed and it is not in force. */
  overdue: boolean;
  id: string;
  title: string;
  committedBy: string;
  topics: LinkedLabel[];
  status: CommitmentStatus;
  statusLabel: string;
  /** The date of the event that reached the status; null for `no-evidence`. */
  statusDate: { text: string; sortKey: string } | null;
  latestEvent: { date: string; sortKey: string; text: string; type: EventType } | null;
  meetings: LinkedLabel[];
  welcomed: number;
  criticised: number;
};

export const SORT_KEYS = ['title', 'status', 'statusDate', 'latestEvent'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

const RUNG_INDEX = new Map<CommitmentStatus, number>(
  STATUS_LADDER.map((rung, index) => [rung.id, index]),
);

const NO_STATUS: DerivedStatus = {
  status: 'no-evidence',
  reachedBy: null,
  latest: null,
  welcomed: 0,
  criticised: 0,
};

/** The label of a status rung, e.g. `implementing` → "Implementation evidenced". */
export function describeStatus(status: CommitmentStatus): string {
  return STATUS_LADDER[RUNG_INDEX.get(status) ?? 0]?.label ?? status;
}

/**
 * One row per rung of the status ladder, lowest first, counting the given commitments at each
 * rung (zero-filled); a commitment missing from `statusById` counts as `no-evidence`.
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
  return STATUS_LADDER.map((rung) => ({
    status: rung.id,
    label: rung.label,
    count: counts.get(rung.id) ?? 0,
  }));
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const joinWords = (words: readonly string[], conjunction: 'and' | 'or') =>
  words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;

/**
 * One sentence summarising status counts out of `total` commitments in the dataset: the shown
 * total, then each non-zero status by count (most first, ladder order on ties), then the empty rungs.
 */
export function summarizeStatusCounts(rows: readonly StatusCountRow[], total: number): string {
  const shown = rows.reduce((sum, row) => sum + row.count, 0);
  if (shown === 0) return 'No commitments match the filters.';
  const scope =
    shown === total
      ? `All ${plural(total, 'commitment')}`
      : `${shown} of ${plural(total, 'commitment')}`;
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

/** The meetings where a commitment was discussed, oldest first (unknown ids last), with labels. */
export function listDiscussedAt(
  dataset: LoadedDataset,
  commitment: Commitment,
): (LinkedLabel & { evidence: Evidence[] })[] {
  const dateOf = (id: string) => dataset.index.meetingById.get(id)?.date.value ?? '9999';
  return commitment.discussedAt
    .toSorted((a, b) => comparePartialDates(dateOf(a.meeting), dateOf(b.meeting)))
    .map((entry) => ({
      id: entry.meeting,
      label: labelMeeting(dataset, entry.meeting),
      evidence: entry.evidence,
    }));
}

/** Table rows for commitments, in input order, with labels resolved (unknown topic ids show the id). */
const NO_FLAGS = { stalled: false, overdue: false, quietSince: null };

export function buildCommitmentRows(
  dataset: LoadedDataset,
  commitments: readonly Commitment[],
  referenceDate?: string,
): CommitmentRow[] {
  return commitments.map((commitment) => {
    const derived = dataset.index.statusByCommitment.get(commitment.id) ?? NO_STATUS;
    const flags = referenceDate ? flagCommitment(commitment, derived, referenceDate) : NO_FLAGS;
    const { reachedBy, latest } = derived;
    return {
      id: commitment.id,
      title: commitment.title,
      committedBy: commitment.committedBy,
      topics: commitment.topics.map((id) => ({
        id,
        label: dataset.index.topicById.get(id)?.label ?? id,
      })),
      status: derived.status,
      statusLabel: describeStatus(derived.status),
      statusDate: reachedBy && {
        text: formatPartialDate(reachedBy.date.value, reachedBy.date.uncertain),
        sortKey: reachedBy.date.value,
      },
      latestEvent: latest && {
        date: formatPartialDate(latest.date.value, latest.date.uncertain),
        sortKey: latest.date.value,
        text: latest.text,
        type: latest.type,
      },
      meetings: listDiscussedAt(dataset, commitment).map(({ id, label }) => ({ id, label })),
      welcomed: derived.welcomed,
      criticised: derived.criticised,
      stalled: flags.stalled,
      overdue: flags.overdue,
    };
  });
}

function compareDates(a: string | undefined, b: string | undefined): number | null {
  if (a === undefined || b === undefined) return null;
  return comparePartialDates(a, b);
}

function compareBy(
  key: SortKey,
  a: CommitmentRow,
  b: CommitmentRow,
  compareTitles: (a: string, b: string) => number,
): number | null {
  switch (key) {
    case 'title':
      return compareTitles(a.title, b.title);
    case 'status':
      return (RUNG_INDEX.get(a.status) ?? 0) - (RUNG_INDEX.get(b.status) ?? 0);
    case 'statusDate':
      return compareDates(a.statusDate?.sortKey, b.statusDate?.sortKey);
    case 'latestEvent':
      return compareDates(a.latestEvent?.sortKey, b.latestEvent?.sortKey);
  }
}

/**
 * Rows sorted by a column (status by ladder rung, dates by their first possible day); rows
 * without that date go last in either direction, ties go by title A–Z, then input order. Pure.
 */
export function sortCommitmentRows(
  rows: readonly CommitmentRow[],
  key: SortKey,
  direction: SortDirection,
): CommitmentRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const missing = (row: CommitmentRow) =>
    (key === 'statusDate' && row.statusDate === null) ||
    (key === 'latestEvent' && row.latestEvent === null);
  const compareTitles = textComparator(rows.map((row) => row.title));
  return rows.toSorted((a, b) => {
    const gap = Number(missing(a)) - Number(missing(b));
    if (gap !== 0) return gap;
    const primary = compareBy(key, a, b, compareTitles) ?? 0;
    return primary !== 0 ? sign * primary : compareTitles(a.title, b.title);
  });
}
