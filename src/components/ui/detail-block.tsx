import { useId, type ReactNode } from 'react';
import type { CountNoun } from '@/lib/show-more';
import { BoundedList } from '@/components/ui/bounded-list';

export type DetailBlockProps = { title: ReactNode; children: ReactNode; className?: string };

/** A titled part of a detail panel, named by its heading for assistive technology. */
export function DetailBlock({ title, children, className }: DetailBlockProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={className}>
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      <div className="space-y-2">{children}</div>
    </div>
  );
}

const GAP: CountNoun = { one: 'gap', other: 'gaps' };
/** A record names a few gaps; a longer list from data starts with ten. */
const GAPS_SHOWN = 10;

/** What the record does not know, said in words; nothing when every gap is filled. */
export function GapsBlock({ gaps }: { gaps: readonly string[] }) {
  if (gaps.length === 0) return null;
  return (
    <DetailBlock title="What is not known">
      <BoundedList
        items={gaps}
        pageSize={GAPS_SHOWN}
        noun={GAP}
        className="list-disc space-y-1 pl-5 text-sm wrap-anywhere"
        renderItem={(gap) => gap}
      />
    </DetailBlock>
  );
}
