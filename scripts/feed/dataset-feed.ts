// The Atom feed of a dataset: its latest developments (the same derivation as the app's "Latest
// developments" panel, unfiltered) and its changelog versions. Run at build time through Vite
// (scripts/feed/feed-plugin.ts), which resolves the app's `@/` imports.
import { formatCitation } from '@/domain/citation';
import type { LoadedDataset } from '@/domain/dataset-index';
import { DEFAULT_FILTERS } from '@/view/filters';
import { viewHref, type ViewLink } from '@/view/view-url';
import { listChangelog } from '@/features/changelog/changelog-series';
import type { Development, DevelopmentCategory } from '@/features/latest/development';
import { buildLatestDevelopments, sortNewestFirst } from '@/features/latest/latest-series';
import { formatPartialDate, startOfPartialDate } from '@/lib/dates';
import { safeHttpUrl } from '@/lib/safe-url';
import { parseDataset } from '@/data/parse-dataset';
import { serializeAtomFeed, type AtomEntry, type AtomFeed } from './atom-feed.ts';
import { FEED_FILE } from './feed-address.ts';
import { uuidV5 } from './uuid-v5.ts';

/**
 * Readers poll a feed for what is new; the newest 100 entries reach back about three years (to
 * 2024 in the record of December 2026: 160 developments, 3 versions), and the app holds the rest.
 */
export const FEED_ENTRY_LIMIT = 100;

/**
 * The namespace of every id in the feed (a random UUID, fixed once). Ids are name-based UUIDs of
 * a record's kind and id in it, so they never change with the record's text or the site's address.
 */
export const FEED_ID_NAMESPACE = 'e7ea3a98-4e19-479d-b672-3950c6309880';

export type FeedOptions = {
  /** The app's base path (Vite's `base`), e.g. `/`. */
  base: string;
  /** The site's address (`SITE_URL`), or null: then every link is root-relative. */
  siteUrl: string | null;
  limit?: number;
};

const CATEGORY_LABELS: Record<DevelopmentCategory | 'dataset-version', string> = {
  act: 'Act',
  step: 'Related step',
  reversal: 'Reversal',
  finding: 'Practice finding',
  position: 'Position',
  'meeting-held': 'Meeting held',
  'meeting-agreed': 'Meeting agreed',
  review: 'Review',
  contact: 'High-level contact',
  'dataset-version': 'Dataset version',
};

/** A stable, unique IRI for `name` (e.g. `development/event:e1`): a name-based UUID URN. */
export function feedId(name: string): string {
  return `urn:uuid:${uuidV5(name, FEED_ID_NAMESPACE)}`;
}

/**
 * A partial date as an RFC 3339 instant: its first day at midnight UTC (`2025` →
 * `2025-01-01T00:00:00Z`, `2025-07` → `2025-07-01T00:00:00Z`), as the app sorts and filters it.
 */
export function toRfc3339(value: string): string {
  return `${startOfPartialDate(value)}T00:00:00Z`;
}

type Linker = (view: ViewLink) => string;

/** A root-relative path as the feed links it: as it is, or absolute against the site's address. */
function makeResolver({ siteUrl }: FeedOptions): (path: string) => string {
  return (path) => (siteUrl ? new URL(path, siteUrl).href : path);
}

function developmentEntry(item: Development, dataset: LoadedDataset, link: Linker): AtomEntry {
  const source = dataset.index.sourceById.get(item.evidence.source);
  const quote = source
    ? formatCitation(item.evidence, source, dataset.meta)
    : `“${item.evidence.quote}” (source ${item.evidence.source})`;
  const sourceUrl = source ? safeHttpUrl(source.url) : null;
  return {
    id: feedId(`development/${item.key}`),
    title: `${item.kindLabel} — ${item.title}`,
    updated: toRfc3339(item.date.value),
    link: link(item.detail ? { open: item.detail } : { page: 'sources', hash: 'latest' }),
    related: source && sourceUrl ? [{ href: sourceUrl, title: source.title }] : [],
    category: { term: item.category, label: CATEGORY_LABELS[item.category] },
    summary: [
      `${formatPartialDate(item.date.value, item.date.uncertain)}.`,
      item.text,
      `Whose word: ${item.voiceLabel}.`,
      `Quote: ${quote}`,
    ].join(' '),
  };
}

type Version = LoadedDataset['meta']['changelog'][number];

function versionEntry(version: Version, previous: Version | undefined, link: Linker): AtomEntry {
  return {
    id: feedId(`dataset-version/${version.version}`),
    title: `Dataset version ${version.version}`,
    updated: toRfc3339(version.date),
    // "Show changes since" the version before it lists this version first.
    link: link(
      previous
        ? { page: 'sources', since: previous.version, hash: 'changelog' }
        : { page: 'sources', hash: 'changelog' },
    ),
    related: [],
    category: { term: 'dataset-version', label: CATEGORY_LABELS['dataset-version'] },
    summary: `${formatPartialDate(version.date)}. ${version.changes.join(' ')}`,
  };
}

/**
 * The dataset's Atom feed: one entry per development (unfiltered, as of no date) and per changelog
 * version, newest first by the first day of their dates (ties: developments in the app's order,
 * then versions, the newest first), at most `limit` (FEED_ENTRY_LIMIT); `updated` is the newest of the entries and
 * the dataset's own last update.
 */
export function buildDatasetFeed(dataset: LoadedDataset, options: FeedOptions): AtomFeed {
  const resolve = makeResolver(options);
  const link: Linker = (view) => resolve(viewHref(options.base, view));
  // Newest version first (so versions of one day are listed newest first); each one's
  // predecessor is the entry after it.
  const versions = listChangelog(dataset.meta);
  const dated = [
    ...buildLatestDevelopments(dataset, DEFAULT_FILTERS).map((item) => ({
      date: item.date,
      entry: developmentEntry(item, dataset, link),
    })),
    ...versions.map((version, index) => ({
      date: { value: version.date },
      entry: versionEntry(version, versions[index + 1], link),
    })),
  ];
  const entries = sortNewestFirst(dated)
    .slice(0, options.limit ?? FEED_ENTRY_LIMIT)
    .map(({ entry }) => entry);
  const updated = [toRfc3339(dataset.meta.updated), ...entries.map((entry) => entry.updated)]
    .toSorted()
    .at(-1);
  return {
    id: feedId('feed'),
    title: `${dataset.meta.title}: latest developments`,
    subtitle: dataset.meta.description,
    updated: updated ?? toRfc3339(dataset.meta.updated),
    author: 'Dialogue Tracker',
    self: resolve(`${options.base}${FEED_FILE}`),
    alternate: resolve(options.base),
    rights: dataset.meta.licence,
    entries,
  };
}

/** The Atom document of a dataset file's JSON text; throws with every problem if it is not valid. */
export function writeDatasetFeed(json: string, options: FeedOptions): string {
  return serializeAtomFeed(buildDatasetFeed(parseDataset(JSON.parse(json)), options));
}
