import type { Meeting } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/** A meeting's agreement on the next one: the outcome and the meeting it names, when recorded. */
export type NextMeetingAgreement = {
  outcome: Meeting['outcomes'][number];
  /** The agreed meeting when the outcome names one that `meetingById` holds; null otherwise. */
  agreed: Meeting | null;
};

/**
 * The `next-meeting-agreed` outcomes of `meeting`, in the order recorded, each with the meeting it
 * names looked up in `meetingById`; [] when it agreed none.
 */
export function nextMeetingAgreements(
  meeting: Pick<Meeting, 'outcomes'>,
  meetingById: ReadonlyMap<string, Meeting>,
): NextMeetingAgreement[] {
  return meeting.outcomes
    .filter((outcome) => outcome.kind === 'next-meeting-agreed')
    .map((outcome) => ({
      outcome,
      agreed: (outcome.meeting && meetingById.get(outcome.meeting)) || null,
    }));
}

/** What an agreement says of a place, shortly: the city, "online", else the country; null when none. */
function agreedPlace(agreed: Meeting): string | null {
  const { city, country, format } = agreed.location;
  if (format === 'online') return 'online';
  return city ?? country;
}

/**
 * "Washington, 2025": where and in which year the agreed meeting was to be held, as an agreement
 * gives them (the place and the year, the same parts `datasetAsOf` keeps of an agreed meeting;
 * "c. 2024" when its date is uncertain). An outcome that names no known meeting reads "a next round,
 * no place or year recorded".
 */
export function describeAgreedNextBriefly({ agreed }: NextMeetingAgreement): string {
  if (!agreed) return 'a next round, no place or year recorded';
  const year = formatPartialDate(agreed.date.value.slice(0, 4), agreed.date.uncertain);
  const place = agreedPlace(agreed);
  return place ? `${place}, ${year}` : year;
}
