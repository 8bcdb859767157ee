import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

export type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  /** Offers "Reset filters" under the text. */
  onReset?: () => void;
  className?: string;
};

/** Shown when the filters leave nothing in a panel. */
export function EmptyState({ title, children, onReset, className }: EmptyStateProps) {
  return (
    <div
      role="status"
      className={cn('rounded-lg border border-dashed border-line p-6 text-center', className)}
    >
      <p className="font-medium">{title}</p>
      {(children || onReset) && (
        <div className="mt-1 text-sm text-muted">
          {children}
          {onReset && (
            <Button onClick={onReset} className="mt-2">
              Reset filters
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
