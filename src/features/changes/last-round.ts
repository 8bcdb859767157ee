import { meetingStanding } from '@/domain/meeting-standing';
import type { Meeting } from '@/domain/schema';
import { comparePartialDates } from '@/lib/dates';

/**
 * The newest meeting of a dialogue among `meetings` that was held by `referenceDate`
 * (`YYYY-MM-DD`), or null when none was.
 */
export function lastHeldRound(
  meetings: readonly Meeting[],
  dialogueId: string,
  referenceDate: string,
): Meeting | null {
  const held = meetings.filter(
    (meeting) =>
      meeting.dialogue === dialogueId && meetingStanding(meeting, referenceDate) === 'held',
  );
  return held.toSorted((a, b) => comparePartialDates(a.date.value, b.date.value)).at(-1) ?? null;
}
