import type { Meeting } from '@/domain/schema';
import { comparePartialDates, endOfPartialDate, formatPartialDate } from '@/lib/dates';

/**
 * Whether a meeting took place, as the dashboard shows it on a reference date: `held` as recorded,
 * `planned` while its agreed period lasts, `not-confirmed` once that period is over with no record.
 */
export type MeetingStanding = 'held' | 'planned' | 'not-confirmed';

export const MEETING_STANDING_LABELS: Record<MeetingStanding, string> = {
  held: 'Held',
  planned: 'Planned',
  'not-confirmed': 'Not confirmed',
};

/** The rule behind "Not confirmed", published beside it in the meeting detail and the README. */
export const NOT_CONFIRMED_RULE =
  'A planned meeting is "not confirmed" once the period it was agreed for has ended before the reference date (the "View as of" date, or today) and no source in the dataset records that it took place. The period is the meeting\'s date at its precision: a year ends on 31 December, a month on its last day, a day on that day. On the last day itself the meeting still counts as planned.';

/**
 * A meeting's standing on `referenceDate` (`YYYY-MM-DD`, UTC): `held` when recorded as held;
 * otherwise `planned` up to and including the last day of its date's period (year → 31 December,
 * month → its last day, day → that day) and `not-confirmed` from the day after.
 */
export function meetingStanding(
  meeting: Pick<Meeting, 'status' | 'date'>,
  referenceDate: string,
): MeetingStanding {
  if (meeting.status === 'held') return 'held';
  return endOfPartialDate(meeting.date.value) < referenceDate ? 'not-confirmed' : 'planned';
}

/** The agreement to hold a meeting: the earlier meeting and its `next-meeting-agreed` outcome. */
export type MeetingAgreement = {
  agreedAt: Meeting;
  outcome: Meeting['outcomes'][number];
};

/**
 * The `next-meeting-agreed` outcome that names `meetingId`, with the meeting that agreed it; the
 * latest such meeting by date when several did, null when none did.
 */
export function findMeetingAgreement(
  meetings: readonly Meeting[],
  meetingId: string,
): MeetingAgreement | null {
  let found: MeetingAgreement | null = null;
  for (const agreedAt of meetings) {
    const outcome = agreedAt.outcomes.find(
      (entry) => entry.kind === 'next-meeting-agreed' && entry.meeting === meetingId,
    );
    if (!outcome) continue;
    if (found && comparePartialDates(agreedAt.date.value, found.agreedAt.date.value) <= 0) continue;
    found = { agreedAt, outcome };
  }
  return found;
}

/** "agreed for 2025, no record found": what a not-confirmed meeting's label adds, at its precision. */
export function describeNotConfirmedBriefly(meeting: Pick<Meeting, 'date'>): string {
  return `agreed for ${formatPartialDate(meeting.date.value, meeting.date.uncertain)}, no record found`;
}

/** "round 3, 20 May 2024", or "the meeting of 29 November 2017" when it has no number. */
function describeAgreedAt(agreedAt: Meeting): string {
  const date = formatPartialDate(agreedAt.date.value, agreedAt.date.uncertain);
  return agreedAt.round === null ? `the meeting of ${date}` : `round ${agreedAt.round}, ${date}`;
}

/**
 * The sentence behind "Not confirmed", e.g. "Agreed for 2025 (at round 3, 20 May 2024); no record
 * that it took place has been found by 6 December 2026." Without a recorded agreement it says
 * "Planned for 2025" instead. `referenceDate` is `YYYY-MM-DD`.
 */
export function describeNotConfirmed(
  meeting: Pick<Meeting, 'date'>,
  agreement: MeetingAgreement | null,
  referenceDate: string,
): string {
  const period = formatPartialDate(meeting.date.value, meeting.date.uncertain);
  const agreed = agreement
    ? `Agreed for ${period} (at ${describeAgreedAt(agreement.agreedAt)})`
    : `Planned for ${period}`;
  return `${agreed}; no record that it took place has been found by ${formatPartialDate(referenceDate)}.`;
}
