import { useMemo, type ReactNode } from 'react';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { PageLink } from '@/view/page-link';
import type { PageId } from '@/view/pages';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import { countNoun } from '@/lib/plural';
import {
  groupSearchResults,
  typedWords,
  type PersonMatch,
  type ResultItem,
} from '@/features/search/search-results-series';
import { indexQuotes, matchQuotes } from '@/features/search/search-quotes-series';
import { HighlightedText } from '@/features/search/highlighted-text';
import { SearchQuoteList } from '@/features/search/search-quote-list';
import { LINK_STYLE } from '@/lib/link-style';

/** Results listed per group; the rest are on the group's page. */
const SHOWN = 5;

/**
 * What a search found, grouped by kind with counts, matches highlighted, how people matched, and
 * the quotes that hold the words.
 */
export function SearchResults() {
  const { dataset, filters } = useView();
  const matching = useMemo(
    () => ({
      meetings: filterMeetings(dataset, filters),
      commitments: filterCommitments(dataset, filters),
    }),
    [dataset, filters],
  );
  const results = useMemo(
    () => groupSearchResults(dataset, filters.search, matching),
    [dataset, filters.search, matching],
  );
  const searching = filters.search !== '';
  // Every quote is folded once per dataset, and only once somebody searches.
  const quoteIndex = useMemo(() => (searching ? indexQuotes(dataset) : []), [dataset, searching]);
  const quotes = useMemo(
    () =>
      matchQuotes(
        quoteIndex,
        filters.search,
        {
          meetings: new Set(matching.meetings.map((meeting) => meeting.id)),
          commitments: new Set(matching.commitments.map((commitment) => commitment.id)),
        },
        dataset,
      ),
    [quoteIndex, filters.search, matching, dataset],
  );
  if (!searching) return null;
  const total = results.total + quotes.length;
  const words = typedWords(filters.search);
  const item = (entry: ResultItem) => (
    <li key={entry.key}>
      <DetailLink target={entry.detail} className={LINK_STYLE}>
        <HighlightedText text={entry.label} words={words} />
      </DetailLink>
    </li>
  );
  return (
    <section
      aria-labelledby="search-results-title"
      className="mt-6 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="search-results-title" className="text-lg font-semibold">
        Search results for “{filters.search}”
      </h2>
      <p className="text-sm text-muted" aria-live="polite">
        {total === 0
          ? 'Nothing matches the search and the other filters.'
          : `${countNoun(total, 'result', 'results')}, with the other filters applied.`}
      </p>
      {results.people.length > 0 && (
        <Group title="People" count={results.people.length}>
          {results.people.map((person) => (
            <li key={person.id}>
              <DetailLink target={{ kind: 'person', id: person.id }} className={LINK_STYLE}>
                <HighlightedText text={person.name} words={words} />
              </DetailLink>
              <span className="text-muted">
                {' '}
                — {person.role}
                <MatchedVia via={person.via} />
              </span>
            </li>
          ))}
        </Group>
      )}
      <ItemGroup title="Meetings" items={results.meetings} page="meetings" render={item} />
      <ItemGroup title="Commitments" items={results.commitments} page="commitments" render={item} />
      <ItemGroup title="Sources" items={results.sources} page="sources" render={item} />
      <SearchQuoteList quotes={quotes} words={words} />
    </section>
  );
}

function MatchedVia({ via }: { via: PersonMatch['via'] }) {
  if (via.kind === 'alias') return <> · matched through the alias “{via.alias}”</>;
  if (via.kind === 'spelling') return <> · matched as another spelling of the name</>;
  return null;
}

type GroupProps = { title: string; count: number; children: ReactNode };

function Group({ title, count, children }: GroupProps) {
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">
        {title} ({count})
      </h3>
      <ul aria-label={`Matching ${title.toLowerCase()}`} className="mt-1 space-y-1 text-sm">
        {children}
      </ul>
    </div>
  );
}

type ItemGroupProps = {
  title: string;
  items: readonly ResultItem[];
  page: PageId;
  render: (item: ResultItem) => ReactNode;
};

function ItemGroup({ title, items, page, render }: ItemGroupProps) {
  if (items.length === 0) return null;
  return (
    <Group title={title} count={items.length}>
      {items.slice(0, SHOWN).map(render)}
      {items.length > SHOWN && (
        <li>
          <PageLink page={page} className={`${LINK_STYLE} inline-flex min-h-6 items-center`}>
            All {items.length} {title.toLowerCase()} on their page
          </PageLink>
        </li>
      )}
    </Group>
  );
}
