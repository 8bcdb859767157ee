import type { Dataset } from '@/domain/schema';
import { startOfPartialDate } from '@/lib/dates';

/**
 * Where the record ends: the latest first-possible day (`YYYY-MM-DD`) of any dated record — a
 * commitment event, a held meeting, a review or a contact — so a year-only date counts from 1
 * January and never stretches the record past what a source says. Null when nothing is dated.
 */
export function recordEndsOn(dataset: Dataset): string | null {
  let latest: string | null = null;
  const see = (value: string) => {
    const start = startOfPartialDate(value);
    if (latest === null || start > latest) latest = start;
  };
  for (const commitment of dataset.commitments)
    for (const event of commitment.events) see(event.date.value);
  for (const meeting of dataset.meetings) if (meeting.status === 'held') see(meeting.date.value);
  for (const review of dataset.reviews ?? []) see(review.date.value);
  for (const contact of dataset.contacts ?? []) see(contact.date.value);
  return latest;
}
