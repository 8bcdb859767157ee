import { writeXmlDocument, type XmlNode } from './xml.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One Atom entry; every string may come from the dataset and is escaped when written. */
export type AtomEntry = {
  /** A permanent, unique IRI. */
  id: string;
  title: string;
  /** RFC 3339, e.g. `2025-03-01T00:00:00Z`. */
  updated: string;
  /** The page that shows it (absolute, or relative to the feed's address). */
  link: string;
  /** Pages it cites, each an absolute http(s) URL, with the page's title. */
  related: readonly { href: string; title: string }[];
  category: { term: string; label: string };
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  author: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed is about (the dashboard). */
  alternate: string;
  rights: string;
  entries: readonly AtomEntry[];
};

const text = (name: string, value: string): XmlNode => ({
  name,
  attributes: { type: 'text' },
  children: value,
});

function entryNode(entry: AtomEntry): XmlNode {
  return {
    name: 'entry',
    children: [
      { name: 'id', children: entry.id },
      text('title', entry.title),
      { name: 'updated', children: entry.updated },
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: entry.link } },
      ...entry.related.map((page): XmlNode => ({
        name: 'link',
        attributes: { rel: 'related', href: page.href, title: page.title },
      })),
      { name: 'category', attributes: { term: entry.category.term, label: entry.category.label } },
      text('summary', entry.summary),
    ],
  };
}

/** The feed as an Atom 1.0 document (RFC 4287), every text escaped for XML 1.0. */
export function serializeAtomFeed(feed: AtomFeed): string {
  return writeXmlDocument({
    name: 'feed',
    attributes: { xmlns: ATOM_NAMESPACE, 'xml:lang': 'en' },
    children: [
      { name: 'id', children: feed.id },
      text('title', feed.title),
      text('subtitle', feed.subtitle),
      { name: 'updated', children: feed.updated },
      { name: 'author', children: [{ name: 'name', children: feed.author }] },
      {
        name: 'link',
        attributes: { rel: 'self', type: 'application/atom+xml', href: feed.self },
      },
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: feed.alternate } },
      text('rights', feed.rights),
      ...feed.entries.map(entryNode),
    ],
  });
}
