import type { SourceRow } from '@/features/sources/sources-series';
import { DetailLink } from '@/view/detail-link';
import { ExternalLink } from '@/components/evidence/external-link';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import { DataText, DataTextList } from '@/components/ui/data-text';
import { LINK_STYLE } from '@/lib/link-style';

/** Sources shown at first and added by each "Show more": a source card is about 16 elements. */
const PAGE_SIZE = 10;
const NOUN = { one: 'source', other: 'sources' };

export type SourceListProps = {
  rows: readonly SourceRow[];
};

function SupportLine({ row }: { row: SourceRow }) {
  if (row.citationCount === 0) return 'Not quoted for any fact';
  const facts = `Supports ${row.citationCount} ${row.citationCount === 1 ? 'fact' : 'facts'}`;
  return (
    <>
      {facts}: <DataTextList values={row.subjects} separator="; " />
    </>
  );
}

/**
 * The sources as stacked cards (two columns on wide screens), each opening its detail: the first
 * page, and more on request; a new search (new `rows`) goes back to the first page.
 */
export function SourceList({ rows }: SourceListProps) {
  const { count, listRef, showMore } = useShownCount(PAGE_SIZE, rows);
  return (
    <>
      <ul ref={listRef} className="mt-3 grid gap-3 md:grid-cols-2" aria-label="Sources">
        {rows.slice(0, count).map((row) => (
          <li
            key={row.id}
            className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4"
          >
            <h4 className="font-medium wrap-anywhere">
              <DetailLink target={{ kind: 'source', id: row.id }} className={LINK_STYLE}>
                {row.title}
              </DetailLink>
            </h4>
            <p className="text-xs text-muted">
              <DataText>{row.publisher}</DataText> ·{' '}
              {[row.kindLabel, row.published, row.languageLabel].join(' · ')}
              {row.readoutLabel && ` · carries the ${row.readoutLabel}`}
            </p>
            <p className="text-sm wrap-anywhere">
              <SupportLine row={row} />
            </p>
            <p className="text-sm">
              <ExternalLink href={row.url}>
                Open the source
                <span className="sr-only">
                  : <DataText>{row.title}</DataText>
                </span>
              </ExternalLink>
            </p>
          </li>
        ))}
      </ul>
      <ShowMore {...showMore} noun={NOUN} />
    </>
  );
}
