import type { CommitmentStatus, DerivedStatus } from '@/data/commitment-status';
import type { Commitment } from '@/data/schema';
import { endOfPartialDate, startOfPartialDate } from '@/lib/dates';

/** How long without new evidence before a commitment that is not complete counts as stalled. */
export const STALLED_AFTER_MONTHS = 12;

/** Statuses at which a commitment counts as complete: the act has taken effect. */
export const COMPLETE_STATUSES: readonly CommitmentStatus[] = ['in-force', 'implementing'];

export const FLAG_RULES = {
  stalled: `Stalled: not yet in force, and no new dated evidence of any kind (an act, an assessment) for ${STALLED_AFTER_MONTHS} months before the reference date (the "View as of" date, or today).`,
  overdue:
    'Overdue: a source states a deadline, the deadline has passed by the reference date, and the commitment is not yet in force.',
} as const;

export type CommitmentFlags = {
  stalled: boolean;
  overdue: boolean;
  /** The date of the newest evidence, when stalled. */
  quietSince: string | null;
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

/** The date before which a commitment's newest evidence makes it stalled; the table asks once per row. */
function quietSinceLimit(referenceDate: string): string {
  if (lastLimit.referenceDate !== referenceDate)
    lastLimit = { referenceDate, limit: monthsBefore(referenceDate, STALLED_AFTER_MONTHS) };
  return lastLimit.limit;
}

/**
 * Flags for one commitment on `referenceDate` (`YYYY-MM-DD`): stalled and overdue by FLAG_RULES.
 * Only events begun by the reference date count (as in deriveStatus); a coarse date's evidence counts
 * as of the end of its period, so a year-only event is quiet from the following year.
 */
export function flagCommitment(
  commitment: Commitment,
  derived: DerivedStatus,
  referenceDate: string,
): CommitmentFlags {
  const complete = COMPLETE_STATUSES.includes(derived.status);
  let newest: string | null = null;
  for (const event of commitment.events) {
    if (startOfPartialDate(event.date.value) > referenceDate) continue;
    const end = endOfPartialDate(event.date.value);
    if (newest === null || end > newest) newest = end;
  }
  const stalled = !complete && newest !== null && newest < quietSinceLimit(referenceDate);
  const overdue =
    !complete &&
    commitment.deadline !== undefined &&
    endOfPartialDate(commitment.deadline.value) < referenceDate;
  return { stalled, overdue, quietSince: stalled ? newest : null };
}
