import type { ReactNode } from 'react';
import { DatasetAlert } from '@/features/dataset/dataset-alert';

export type KeptFileUnreadableProps = {
  /** Why it could not be read: "it holds a string of 12 characters, not a saved dataset". */
  reason: string;
  actions: ReactNode;
};

/** What this browser keeps is not a dataset at all (junk, an oversized text, a failing store): says why. */
export function KeptFileUnreadable({ reason, actions }: KeptFileUnreadableProps) {
  return (
    <DatasetAlert
      title="Your saved dataset could not be read"
      actions={actions}
      testId="kept-file-unreadable"
    >
      <p className="mt-1 break-words">
        The file kept in this browser could not be read: {reason}. The bundled dataset is shown
        instead.
      </p>
    </DatasetAlert>
  );
}
