import { useId, type ReactNode } from 'react';

export type DetailBlockProps = { title: ReactNode; children: ReactNode };

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

/** What the record does not know, said in words; nothing when every gap is filled. */
export function GapsBlock({ gaps }: { gaps: readonly string[] }) {
  if (gaps.length === 0) return null;
  return (
    <DetailBlock title="What is not known">
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    </DetailBlock>
  );
}
