import { useId, type ReactNode } from 'react';

export type DetailBlockProps = { title: string; children: ReactNode };

/** A titled part of a detail panel, named by its heading for assistive technology. */
export function DetailBlock({ title, children }: DetailBlockProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      <div className="space-y-2">{children}</div>
    </div>
  );
}
