import type { ReactNode } from 'react';

export type EmptyStateProps = {
  title: string;
  children?: ReactNode;
};

/** Shown when the filters leave nothing in a panel. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div role="status" className="rounded-lg border border-dashed border-line p-6 text-center">
      <p className="font-medium">{title}</p>
      {children && <div className="mt-1 text-sm text-muted">{children}</div>}
    </div>
  );
}
