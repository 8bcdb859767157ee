import { useMemo, type ReactNode } from 'react';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { PageLink } from '@/view/page-link';
import type { PageId } from '@/view/pages';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import { countNoun } from '@/lib/plural';
import {
  groupSearchResults,
  highlightParts,
  typedWords,
  type PersonMatch,
  type ResultItem,
} from '@/features/search/search-results-series';

/** Results listed per group; the rest are on the group's page. */
const SHOWN = 5;

const LINK = 'text-accent underline underline-offset-2 hover:no-underline';

/** What a search found, grouped by kind with counts, matches highlighted, and how people matched. */
export function SearchResults() {
  const { dataset, filters } = useView();
  const results = useMemo(
    () =>
      groupSearchResults(dataset, filters.search, {
        meetings: filterMeetings(dataset, filters),
        commitments: filterCommitments(dataset, filters),
      }),
    [dataset, filters],
  );
  if (filters.search === '') return null;
  const words = typedWords(filters.search);
  const item = (entry: ResultItem) => (
    <li key={entry.key}>
      <DetailLink target={entry.detail} className={LINK}>
        <Highlighted text={entry.label} words={words} />
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
        {results.total === 0
          ? 'Nothing matches the search and the other filters.'
          : `${countNoun(results.total, 'result', 'results')}, with the other filters applied.`}
      </p>
      {results.people.length > 0 && (
        <Group title="People" count={results.people.length}>
          {results.people.map((person) => (
            <li key={person.id}>
              <DetailLink target={{ kind: 'person', id: person.id }} className={LINK}>
                <Highlighted text={person.name} words={words} />
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
    </section>
  );
}

function MatchedVia({ via }: { via: PersonMatch['via'] }) {
  if (via.kind === 'alias') return <> · matched through the alias “{via.alias}”</>;
  if (via.kind === 'spelling') return <> · matched as another spelling of the name</>;
  return null;
}

/** A text from the data, isolated, with the search's words as typed marked. */
function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <bdi>
      {highlightParts(text, words).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-accent-soft text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
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
          <PageLink page={page} className={`${LINK} inline-flex min-h-6 items-center`}>
            All {items.length} {title.toLowerCase()} on their page
          </PageLink>
        </li>
      )}
    </Group>
  );
}
