import { useLayoutEffect, useRef, type ReactNode } from 'react';

export type KeptFileUnreadableProps = {
  /** Why it could not be read: "it holds a string of 12 characters, not a saved dataset". */
  reason: string;
  actions: ReactNode;
};

/**
 * What this browser keeps is not a dataset at all (junk, an oversized text, a failing store): says
 * why, and takes focus like the other dataset problems so keyboard users land on its buttons.
 */
export function KeptFileUnreadable({ reason, actions }: KeptFileUnreadableProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <div
      role="alert"
      className="mt-3 rounded-lg border border-danger bg-danger-soft p-4"
      data-testid="kept-file-unreadable"
    >
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-danger">
        Your saved dataset could not be read
      </h2>
      <p className="mt-1 break-words">
        The file kept in this browser could not be read: {reason}. The bundled dataset is shown
        instead.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
