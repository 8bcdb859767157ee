import { KIND_RULES } from '@/domain/commitment-kinds';
import { flagCommitment } from '@/domain/commitment-flags';
import { practiceLabel } from '@/domain/commitment-practice';
import {
  completionText,
  deriveStatus,
  type CommitmentStatus,
  type DerivedStatus,
} from '@/domain/commitment-status';
import type { LoadedDataset } from '@/domain/dataset-index';
import { VOICE_LABELS } from '@/domain/labels';
import type { Commitment, EventType } from '@/domain/schema';
import type { COMMITMENT_SORT_KEYS, SORT_DIRECTIONS } from '@/view/view-params';
import { compareText } from '@/lib/compare-text';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import {
  listDiscussedAt,
  statusRank,
  type LinkedLabel,
} from '@/features/commitments/commitments-series';

export type PracticeCell = {
  label: string;
  /** Whose word the finding is, e.g. "UN or intergovernmental body". */
  voice: string;
  date: string;
  /** No finding from outside the Kazakh government is recorded; this one is the government's. */
  governmentReported: boolean;
};

export type CommitmentRow = {
  id: string;
  title: string;
  kindLabel: string;
  committedBy: string;
  topics: LinkedLabel[];
  status: CommitmentStatus;
  /** Completion in the kind's words, with any reversal (see completionText). */
  completion: string;
  complete: boolean;
  /** The date of the event that set the completion; null for `no-evidence`. */
  statusDate: { text: string; sortKey: string } | null;
  /** Whose word the event that set the completion is. */
  statusVoice: string | null;
  practice: PracticeCell | null;
  latestEvent: { date: string; sortKey: string; text: string; type: EventType } | null;
  meetings: LinkedLabel[];
  welcomed: number;
  criticised: number;
  /** Not complete and no new evidence for 12 months (see FLAG_RULES). */
  quiet: boolean;
  /** A stated deadline has passed and it is not complete. */
  overdue: boolean;
  /** "Term 2022–2026, ended" for a programme with a term; null otherwise. */
  term: string | null;
};

export type SortKey = (typeof COMMITMENT_SORT_KEYS)[number];
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

const NO_FLAGS = { quiet: false, overdue: false, quietSince: null, term: null };

function practiceCell(derived: DerivedStatus): PracticeCell | null {
  const headline = derived.practice.headline;
  if (!headline) return null;
  const { date, voice } = headline.event;
  return {
    label: practiceLabel(headline.finding),
    voice: VOICE_LABELS[voice],
    date: formatPartialDate(date.value, date.uncertain),
    governmentReported: headline.governmentReported,
  };
}

function termText(from: string, to: string, ended: boolean): string {
  const span = from === to ? from : `${from}–${to}`;
  return `Term ${span}, ${ended ? 'ended' : 'running'}`;
}

/**
 * Table rows for commitments, in input order, with labels resolved (unknown topic ids show the id);
 * flags and terms are judged on `referenceDate` (`YYYY-MM-DD`), and left unset without one.
 */
export function buildCommitmentRows(
  dataset: LoadedDataset,
  commitments: readonly Commitment[],
  referenceDate?: string,
): CommitmentRow[] {
  return commitments.map((commitment) => {
    const derived = dataset.index.statusByCommitment.get(commitment.id) ?? deriveStatus(commitment);
    const flags = referenceDate ? flagCommitment(commitment, derived, referenceDate) : NO_FLAGS;
    const { reachedBy, latest } = derived;
    return {
      id: commitment.id,
      title: commitment.title,
      kindLabel: KIND_RULES[commitment.kind].label,
      committedBy: commitment.committedBy,
      topics: commitment.topics.map((id) => ({
        id,
        label: dataset.index.topicById.get(id)?.label ?? id,
      })),
      status: derived.status,
      completion: completionText(derived),
      complete: derived.complete,
      statusDate: reachedBy && {
        text: formatPartialDate(reachedBy.date.value, reachedBy.date.uncertain),
        sortKey: reachedBy.date.value,
      },
      statusVoice: reachedBy && VOICE_LABELS[reachedBy.voice],
      practice: practiceCell(derived),
      latestEvent: latest && {
        date: formatPartialDate(latest.date.value, latest.date.uncertain),
        sortKey: latest.date.value,
        text: latest.text,
        type: latest.type,
      },
      meetings: listDiscussedAt(dataset, commitment, referenceDate).map(({ id, label }) => ({
        id,
        label,
      })),
      welcomed: derived.welcomed,
      criticised: derived.criticised,
      quiet: flags.quiet,
      overdue: flags.overdue,
      term: flags.term && termText(flags.term.from, flags.term.to, flags.term.ended),
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
      return statusRank(a.status) - statusRank(b.status);
    case 'statusDate':
      return compareDates(a.statusDate?.sortKey, b.statusDate?.sortKey);
    case 'latestEvent':
      return compareDates(a.latestEvent?.sortKey, b.latestEvent?.sortKey);
  }
}

/**
 * Rows sorted by a column (status in the legend's order, dates by their first possible day); rows
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
  return rows.toSorted((a, b) => {
    const gap = Number(missing(a)) - Number(missing(b));
    if (gap !== 0) return gap;
    const primary = compareBy(key, a, b, compareText) ?? 0;
    return primary !== 0 ? sign * primary : compareText(a.title, b.title);
  });
}
