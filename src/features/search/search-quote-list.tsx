import { Fragment } from 'react';
import type { QuoteMatch, QuoteSupports } from '@/features/search/search-quotes-series';
import { HighlightedText } from '@/features/search/highlighted-text';
import { BoundedList } from '@/components/ui/bounded-list';
import type { CountNoun } from '@/lib/show-more';
import { ConflictLink } from '@/view/conflict-link';
import { DetailLink } from '@/view/detail-link';
import { LINK_STYLE } from '@/lib/link-style';

/** Quotes listed at first: a common word is in hundreds, which would bury the other groups. */
const QUOTES_SHOWN = 10;
const QUOTE: CountNoun = { one: 'quote', other: 'quotes' };

export type SearchQuoteListProps = { quotes: readonly QuoteMatch[]; words: readonly string[] };

/**
 * The quotes that match the search: an excerpt around the first match with the words marked, the
 * source's publisher and date, and a link to each record the quote supports; ten at first.
 */
export function SearchQuoteList({ quotes, words }: SearchQuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">Quotes ({quotes.length})</h3>
      <BoundedList
        items={quotes}
        pageSize={QUOTES_SHOWN}
        noun={QUOTE}
        label="Matching quotes"
        className="mt-1 space-y-3 text-sm"
        itemKey={(quote) => quote.key}
        renderItem={(quote) => (
          <>
            <p className="wrap-anywhere">
              {quote.translated && <span className="text-muted">English translation: </span>}
              <span lang={quote.language} className="italic">
                “{quote.excerpt.cutBefore && '…'}
                <HighlightedText text={quote.excerpt.text} words={words} />
                {quote.excerpt.cutAfter && '…'}”
              </span>
            </p>
            <p className="mt-0.5 text-xs wrap-anywhere text-muted">
              <bdi>{quote.sourceName}</bdi>, {quote.date} ·{' '}
              {quote.supports.map((supports, index) => (
                <Fragment key={index}>
                  {index > 0 && '; '}
                  <SupportsLink supports={supports} />
                </Fragment>
              ))}
            </p>
          </>
        )}
      />
    </div>
  );
}

function SupportsLink({ supports }: { supports: QuoteSupports }) {
  const label = <bdi>{supports.label}</bdi>;
  return supports.kind === 'conflict' ? (
    <ConflictLink conflictId={supports.conflictId}>{label}</ConflictLink>
  ) : (
    <DetailLink target={supports.target} className={LINK_STYLE}>
      {label}
    </DetailLink>
  );
}
