import type { DerivedStatus } from '@/domain/commitment-status';
import type { Commitment } from '@/domain/schema';
import { endOfPartialDate, startOfPartialDate } from '@/lib/dates';

/** How long without new evidence before a commitment that is not complete is flagged as quiet. */
export const QUIET_AFTER_MONTHS = 12;

export const FLAG_LABELS = {
  quiet: `No new evidence for ${QUIET_AFTER_MONTHS} months`,
  overdue: 'Overdue',
} as const;

export const FLAG_RULES = {
  quiet: `${FLAG_LABELS.quiet}: the commitment is not complete (nor reversed, nor a programme whose term has ended), and no new dated evidence of any kind (an act, a finding, a position) is recorded for ${QUIET_AFTER_MONTHS} months before the reference date (the "View as of" date, or today). It says nothing about why; it marks where the record is silent.`,
  overdue:
    'Overdue: a source states a deadline, the deadline has passed by the reference date, and the commitment is not complete.',
} as const;

export type ProgrammeTerm = {
  from: string;
  to: string;
  /** True once the reference date is past the term's last day. */
  ended: boolean;
  /** The commitment that continues it, when recorded. */
  successor: string | null;
};

export type CommitmentFlags = {
  quiet: boolean;
  overdue: boolean;
  /** The end of the newest evidence's period, when quiet. */
  quietSince: string | null;
  term: ProgrammeTerm | null;
};

/** `YYYY-MM-DD` minus whole months (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

let lastLimit = { referenceDate: '', limit: '' };

/** The date before which a commitment's newest evidence makes it quiet; the table asks once per row. */
function quietSinceLimit(referenceDate: string): string {
  if (lastLimit.referenceDate !== referenceDate)
    lastLimit = { referenceDate, limit: monthsBefore(referenceDate, QUIET_AFTER_MONTHS) };
  return lastLimit.limit;
}

/** A programme's term on `referenceDate`: ended once the reference date is past its last day. */
export function programmeTerm(commitment: Commitment, referenceDate: string): ProgrammeTerm | null {
  const { term } = commitment;
  if (!term) return null;
  return {
    from: term.from,
    to: term.to,
    ended: endOfPartialDate(term.to) < referenceDate,
    successor: commitment.successor ?? null,
  };
}

/**
 * Flags for one commitment on `referenceDate` (`YYYY-MM-DD`) by FLAG_RULES, with its term. Only
 * events begun by the reference date count (as in deriveStatus); a coarse date's evidence counts as
 * of the end of its period, so a year-only event is quiet from the following year's end.
 */
export function flagCommitment(
  commitment: Commitment,
  derived: DerivedStatus,
  referenceDate: string,
): CommitmentFlags {
  const term = programmeTerm(commitment, referenceDate);
  const open = !derived.complete && derived.reversal === null && !term?.ended;
  let newest: string | null = null;
  for (const event of commitment.events) {
    if (startOfPartialDate(event.date.value) > referenceDate) continue;
    const end = endOfPartialDate(event.date.value);
    if (newest === null || end > newest) newest = end;
  }
  const quiet = open && newest !== null && newest < quietSinceLimit(referenceDate);
  const overdue =
    !derived.complete &&
    commitment.deadline !== undefined &&
    endOfPartialDate(commitment.deadline.value) < referenceDate;
  return { quiet, overdue, quietSince: quiet ? newest : null, term };
}
