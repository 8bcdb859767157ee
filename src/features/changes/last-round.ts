import { meetingStanding } from '@/domain/meeting-standing';
import type { Dialogue, Meeting } from '@/domain/schema';
import { comparePartialDates } from '@/lib/dates';

/** The dialogue the Overview answers for: the one chosen in the filters, or the primary one. */
export function overviewDialogue(
  dialogues: readonly Dialogue[],
  chosen: string | null,
): Dialogue | undefined {
  return dialogues.find((dialogue) =>
    chosen === null ? dialogue.primary : dialogue.id === chosen,
  );
}

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
