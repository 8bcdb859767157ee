import { lastHeldRound } from '@/features/changes/last-round';
import { changesMeetings } from './changes-fixture';

describe(lastHeldRound, () => {
  it("is the newest round of the dialogue held by the day, never a planned one or another dialogue's", () => {
    expect(lastHeldRound(changesMeetings, 'dialogue-a', '2026-12-06')?.id).toBe('r3');
    expect(lastHeldRound(changesMeetings, 'dialogue-b', '2026-12-06')?.id).toBe('b1');
  });

  it('goes by the order of the dates, not of the list', () => {
    expect(lastHeldRound(changesMeetings.toReversed(), 'dialogue-a', '2026-12-06')?.id).toBe('r3');
  });

  it('is null when no round of the dialogue is among the meetings', () => {
    expect(lastHeldRound([], 'dialogue-a', '2026-12-06')).toBeNull();
    const planned = changesMeetings.filter((meeting) => meeting.status === 'planned');
    expect(lastHeldRound(planned, 'dialogue-a', '2026-12-06')).toBeNull();
  });
});
