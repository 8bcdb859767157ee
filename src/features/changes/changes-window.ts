import { completionText, deriveStatus } from '@/domain/commitment-status';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { CommitmentEvent, Meeting } from '@/domain/schema';
import { compareText } from '@/lib/compare-text';
import { comparePartialDates, endOfPartialDate, startOfPartialDate } from '@/lib/dates';

/** The days between two rounds: after `after` (exclusive) through `through` (inclusive), `YYYY-MM-DD`. */
export type ChangeWindow = { after: string; through: string };

export type ChangeEvent = {
  commitmentId: string;
  commitmentTitle: string;
  event: CommitmentEvent;
  /** The event's or a meeting's date is imprecise, so the event may lie outside the window. */
  approximate: boolean;
};

export type StatusChange = {
  commitmentId: string;
  title: string;
  /** Completion in words before and after, in the commitment's kind (see completionText). */
  before: string;
  after: string;
  /** The event that reached the new status has a date too imprecise to be sure it is in the window. */
  approximate: boolean;
};

/**
 * The days counted as "between" two rounds: after the previous meeting's last possible day
 * (exclusive) through this meeting's last possible day (inclusive), both `YYYY-MM-DD`.
 */
export function changeWindow(previous: Meeting, meeting: Meeting): ChangeWindow {
  return {
    after: endOfPartialDate(previous.date.value),
    through: endOfPartialDate(meeting.date.value),
  };
}

/**
 * Commitment events between two meetings, oldest first. The window runs from the day after the
 * previous meeting's last possible day (exclusive of it) through this meeting's last possible day
 * (inclusive); an event counts from its first possible day, as in `deriveStatus`. Consecutive
 * windows therefore never overlap, and an event that imprecise dates could place in a neighbouring
 * window is flagged `approximate`.
 */
export function eventsBetween(
  dataset: LoadedDataset,
  previous: Meeting,
  meeting: Meeting,
): ChangeEvent[] {
  const { after, through } = changeWindow(previous, meeting);
  const earliestMeetingDay = startOfPartialDate(meeting.date.value);
  const events = dataset.commitments.flatMap((commitment) =>
    commitment.events
      .filter((event) => {
        const start = startOfPartialDate(event.date.value);
        return start > after && start <= through;
      })
      .map((event) => ({
        commitmentId: commitment.id,
        commitmentTitle: commitment.title,
        event,
        approximate: endOfPartialDate(event.date.value) > earliestMeetingDay,
      })),
  );
  return events.toSorted(
    (a, b) =>
      comparePartialDates(a.event.date.value, b.event.date.value) ||
      compareText(a.commitmentTitle, b.commitmentTitle) ||
      compareText(a.event.id, b.event.id),
  );
}

/**
 * Commitments whose status differs between the end of the previous meeting's date and the end of
 * this meeting's date (both inclusive), so the change is explained by exactly the window's events.
 */
export function statusChangesBetween(
  dataset: LoadedDataset,
  previous: Meeting,
  meeting: Meeting,
): StatusChange[] {
  const { after: beforeDay, through: afterDay } = changeWindow(previous, meeting);
  const earliestMeetingDay = startOfPartialDate(meeting.date.value);
  const changes = dataset.commitments
    .map((commitment) => {
      const after = deriveStatus(commitment, afterDay);
      const reachedOn = after.reachedBy?.date.value;
      return {
        commitmentId: commitment.id,
        title: commitment.title,
        before: completionText(deriveStatus(commitment, beforeDay)),
        after: completionText(after),
        approximate: reachedOn !== undefined && endOfPartialDate(reachedOn) > earliestMeetingDay,
      };
    })
    .filter((change) => change.before !== change.after);
  return changes.toSorted((a, b) => compareText(a.title, b.title));
}
