import { cn } from '@/lib/cn';

export type StatusBadgeProps = {
  status: 'held' | 'planned';
};

/** Held vs planned, told apart by text and border style, not by colour alone. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span
      className={cn(
        'inline-block rounded-full border px-2 py-0.5 text-xs font-medium',
        status === 'held'
          ? 'border-accent bg-accent-soft text-ink'
          : 'border-dashed border-muted text-muted',
      )}
    >
      {status === 'held' ? 'Held' : 'Planned'}
    </span>
  );
}
