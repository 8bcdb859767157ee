import { useId, type ReactNode } from 'react';
import type { CountNoun } from '@/lib/show-more';
import { BoundedList } from '@/components/ui/bounded-list';

export type DetailBlockProps = {
  title: ReactNode;
  children: ReactNode;
  className?: string;
  /** The heading's id, for a contents list to link to; a generated one otherwise. */
  id?: string;
};

/** A titled part of a detail panel, named by its heading for assistive technology. */
export function DetailBlock({ title, children, className, id: givenId }: DetailBlockProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div role="group" aria-labelledby={id} className={className}>
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      <div className="space-y-2">{children}</div>
    </div>
  );
}

/** The title of the block of what a record does not know. */
export const GAPS_TITLE = 'What is not known';

const GAP: CountNoun = { one: 'gap', other: 'gaps' };
/** A record names a few gaps; a longer list from data starts with ten. */
const GAPS_SHOWN = 10;

/** What the record does not know, said in words; nothing when every gap is filled. */
export function GapsBlock({ gaps, id }: { gaps: readonly string[]; id?: string }) {
  if (gaps.length === 0) return null;
  return (
    <DetailBlock title={GAPS_TITLE} id={id}>
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
