import { MEETING_STANDING_LABELS, type MeetingStanding } from '@/domain/meeting-standing';
import { cn } from '@/lib/cn';

export type StatusBadgeProps = {
  standing: MeetingStanding;
};

const STYLES: Record<MeetingStanding, string> = {
  held: 'border border-accent bg-accent-soft text-ink',
  planned: 'border border-dashed border-muted text-muted',
  'not-confirmed': 'border-2 border-dotted border-danger bg-danger-soft text-danger',
};

/** Held, planned or not confirmed, told apart by text and border style, not by colour alone. */
export function StatusBadge({ standing }: StatusBadgeProps) {
  return (
    <span
      className={cn(
        'inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        STYLES[standing],
      )}
    >
      {MEETING_STANDING_LABELS[standing]}
    </span>
  );
}
