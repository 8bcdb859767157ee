import { useId, type ReactNode } from 'react';

export type ChangesBlockProps = { title: string; children: ReactNode };

/** A titled group inside the changes detail, named by its heading for assistive tech. */
export function ChangesBlock({ title, children }: ChangesBlockProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="mt-6">
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      <div className="space-y-2">{children}</div>
    </div>
  );
}
