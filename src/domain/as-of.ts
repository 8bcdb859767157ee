import type { Dataset, Meeting } from '@/domain/schema';
import { formatPartialDate, startOfPartialDate } from '@/lib/dates';

/**
 * True when a record dated `value` counts as on or before the end of `asOf` (`YYYY-MM-DD`,
 * inclusive): a date known only to the year or month counts from its first day; '' means no cut-off.
 */
export function datedBy(value: string, asOf: string): boolean {
  return asOf === '' || startOfPartialDate(value) <= asOf;
}

/**
 * The dataset as it stood at the end of `asOf` (`YYYY-MM-DD`, inclusive), built from the append-only
 * histories: commitment events after the date are dropped (and commitments with none left); meetings
 * after the date are dropped unless a meeting by then had agreed to hold them, in which case they show
 * as planned with only what the agreement said (the year and place) and its quote. Review editions and
 * high-level contacts dated after it are dropped (review series stay, with the editions published by then).
 */
export function datasetAsOf(dataset: Dataset, asOf: string): Dataset {
  const happened = (value: string) => datedBy(value, asOf);
  const held = dataset.meetings.filter(
    (meeting) => meeting.status === 'held' && happened(meeting.date.value),
  );
  const agreements = new Map(
    held.flatMap((meeting) =>
      meeting.outcomes
        .filter(
          (outcome) => outcome.kind === 'next-meeting-agreed' && outcome.meeting !== undefined,
        )
        .map((outcome) => [outcome.meeting ?? '', outcome] as const),
    ),
  );
  const heldIds = new Set(held.map((meeting) => meeting.id));
  const meetings: Meeting[] = dataset.meetings.flatMap((meeting): Meeting[] => {
    if (heldIds.has(meeting.id)) return [meeting];
    const agreement = agreements.get(meeting.id);
    if (!agreement) return [];
    return [
      {
        ...meeting,
        status: 'planned',
        date: {
          value: meeting.date.value.slice(0, 4),
          precision: 'year',
          uncertain: false,
          evidence: agreement.evidence,
        },
        location: { ...meeting.location, format: 'unknown', evidence: agreement.evidence },
        coChairs: [],
        topics: [],
        outcomes: [],
        summary: `Agreed but not yet held on ${formatPartialDate(asOf)}: ${agreement.text}`,
        gaps: [
          `As of ${formatPartialDate(asOf)} this meeting had not taken place; only the agreement to hold it is shown.`,
        ],
      },
    ];
  });
  const kept = new Set(meetings.map((meeting) => meeting.id));
  const commitments = dataset.commitments.flatMap((commitment) => {
    const events = commitment.events.filter((event) => happened(event.date.value));
    if (events.length === 0) return [];
    return [
      {
        ...commitment,
        events,
        discussedAt: commitment.discussedAt.filter((entry) => heldIds.has(entry.meeting)),
      },
    ];
  });
  return {
    ...dataset,
    meetings: meetings.map((meeting) => ({
      ...meeting,
      outcomes: meeting.outcomes.map((outcome) =>
        outcome.meeting === undefined || kept.has(outcome.meeting)
          ? outcome
          : { ...outcome, meeting: undefined },
      ),
    })),
    commitments,
    ...(dataset.reviews && {
      reviews: dataset.reviews.filter((review) => happened(review.date.value)),
    }),
    ...(dataset.contacts && {
      contacts: dataset.contacts.filter((contact) => happened(contact.date.value)),
    }),
  };
}
