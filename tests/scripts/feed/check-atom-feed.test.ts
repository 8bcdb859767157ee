// @vitest-environment jsdom
// jsdom, as `npm run feed:check` uses: happy-dom's DOMParser reports no XML well-formedness errors.
import { serializeAtomFeed, type AtomEntry, type AtomFeed } from '../../../scripts/feed/atom-feed';
import { checkAtomFeed } from '../../../scripts/feed/check-atom-feed';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

const makeEntry = (n: number, updated: string): AtomEntry => ({
  id: `urn:uuid:00000000-0000-5000-8000-00000000000${n}`,
  title: `Entry ${n}`,
  updated,
  link: `/?open=commitment:c${n}`,
  related: [{ href: 'https://example.org/source', title: 'Source' }],
  category: { term: 'act', label: 'Act' },
  summary: `Summary ${n}.`,
});

const valid: AtomFeed = {
  id: 'urn:uuid:00000000-0000-5000-8000-000000000000',
  title: 'Feed',
  subtitle: 'About it',
  updated: '2026-12-06T00:00:00Z',
  author: 'Dialogue Tracker',
  self: '/feed.xml',
  alternate: '/',
  rights: 'Licence',
  entries: [makeEntry(1, '2025-03-01T00:00:00Z'), makeEntry(2, '2025-01-01T00:00:00Z')],
};

const check = (feed: AtomFeed) => checkAtomFeed(serializeAtomFeed(feed), parse);
const withEntry = (index: number, patch: Partial<AtomEntry>): AtomFeed => ({
  ...valid,
  entries: valid.entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)),
});

describe(checkAtomFeed, () => {
  it('finds nothing wrong with a valid feed, with root-relative or absolute links', () => {
    expect(check(valid)).toEqual([]);
    expect(check({ ...valid, self: 'https://tracker.example.org/feed.xml' })).toEqual([]);
  });

  it.each([
    ['<feed><entry></feed>', /^not well-formed XML/],
    ['<feed>\u0001</feed>', /^not well-formed XML/],
    ['<feed>]]></feed>', /^not well-formed XML/],
    ['<rss version="2.0"/>', /^the root is <rss> in null, not an Atom <feed>/],
    ['<feed/>', /^the root is <feed> in null/],
  ])('refuses %j', (xml, message) => {
    const problems = checkAtomFeed(xml, parse);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each<[string, AtomFeed, string]>([
    ['an empty feed title', { ...valid, title: ' ' }, 'the feed has an empty <title>'],
    ['a repeated id', withEntry(1, { id: valid.entries[0]?.id ?? '' }), 'entry 2 repeats the id'],
    ['an id that is not an IRI', withEntry(0, { id: 'event:e1 x' }), 'is not an absolute IRI'],
    ['a date without a time', withEntry(0, { updated: '2025-03-01' }), 'not an RFC 3339'],
    ['a day that does not exist', withEntry(0, { updated: '2025-02-30T00:00:00Z' }), '30'],
    ['a script link', withEntry(0, { link: 'javascript:alert(1)' }), 'javascript:alert(1)'],
    ['a protocol-relative link', withEntry(0, { link: '//evil.example/' }), '//evil.example/'],
    ['a relative path', withEntry(0, { link: 'x?open=a' }), 'x?open=a'],
    ['entries out of order', withEntry(1, { updated: '2025-06-01T00:00:00Z' }), 'entry 2 is newer'],
    ['an entry newer than the feed', withEntry(0, { updated: '2027-01-01T00:00:00Z' }), 'feed'],
    ['an empty summary', withEntry(1, { summary: '' }), 'entry 2 needs exactly one non-empty'],
  ])('reports %s', (_, feed, message) => {
    expect(check(feed).join('\n')).toContain(message);
  });

  it('reports a missing self link, author and entry link', () => {
    const xml = serializeAtomFeed(valid)
      .replace(/<author>[\s\S]*?<\/author>/, '')
      .replace(/<link rel="self"[^>]*\/>/, '')
      .replace(/<link rel="alternate" type="text\/html" href="\/\?open=commitment:c2"\/>/, '');
    expect(checkAtomFeed(xml, parse)).toEqual([
      'the feed has 0 self links, not 1',
      'entry 1 has no author',
      'entry 2 has no author',
      'entry 2 has no alternate link',
    ]);
  });
});
