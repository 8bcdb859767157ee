import { parseDataset } from '@/data/parse-dataset';
import { checkAtomFeed } from '../../../scripts/feed/check-atom-feed';
import {
  buildDatasetFeed,
  FEED_ENTRY_LIMIT,
  feedId,
  writeDatasetFeed,
  toRfc3339,
} from '../../../scripts/feed/dataset-feed';
import { siteOrigin } from '../../../scripts/feed/feed-address';
import { makeHostileValidDataset } from '../../fixtures/datasets/hostile-valid-dataset';
import { ALL_KEYS, makeLatestData } from '../../features/latest/latest-fixture';

const ROOT = { base: '/', siteUrl: null };
const data = makeLatestData();
const feed = buildDatasetFeed(parseDataset(data), ROOT);
const entry = (key: string) =>
  feed.entries.find((item) => item.id === feedId(`development/${key}`));
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe(toRfc3339, () => {
  it.each([
    ['2025-03-01', '2025-03-01T00:00:00Z'],
    ['2025-07', '2025-07-01T00:00:00Z'],
    ['2025', '2025-01-01T00:00:00Z'],
  ])('maps %s to the first instant it can mean, %s', (value, instant) => {
    expect(toRfc3339(value)).toBe(instant);
  });
});

describe(buildDatasetFeed, () => {
  it('has one entry per development and per version, newest first', () => {
    expect(feed.entries.map((item) => item.id)).toEqual([
      feedId('dataset-version/1.2.3'),
      ...ALL_KEYS.map((key) => feedId(`development/${key}`)),
    ]);
    expect(feed.updated).toBe('2026-11-22T00:00:00Z');
    expect(feed.self).toBe('/feed.xml');
    expect(feed.alternate).toBe('/');
  });

  it('gives each development its title, date, link to the view, source, whose word and quote', () => {
    expect(entry('event:e4')).toEqual({
      id: feedId('development/event:e4'),
      title: 'Reversal: narrows the reform — Law A',
      updated: '2025-03-01T00:00:00Z',
      link: '/?open=commitment:law-a',
      related: [{ href: 'https://example.org/a', title: 'Source A' }],
      category: { term: 'reversal', label: 'Reversal' },
      summary:
        '1 March 2025. A court ruling narrowed the law. Whose word: Court. Quote: “the ruling ' +
        'narrowed it” — Source A, Publisher A, 11 April 2022. https://example.org/a (cited via ' +
        'Fixture dataset, v1.2.3)',
    });
    expect(entry('event:e3')).toMatchObject({ updated: '2025-01-01T00:00:00Z' });
    expect(entry('event:e3')?.summary).toMatch(/^2025\. An NGO found gaps\./);
    expect(entry('event:b1')?.summary).toMatch(/^c\. May 2024\./);
    expect(entry('agreement:meeting-1:meeting-2')?.link).toBe('/?open=meeting:meeting-2');
    // No detail shows a review yet: its link opens the panel that lists it.
    expect(entry('review:fiw-2025')?.link).toBe('/?open=review:fiw-2025');
  });

  it('links each version to the changelog since the version before it, newest first', () => {
    const versions = buildDatasetFeed(
      parseDataset({
        ...data,
        meta: {
          ...data.meta,
          version: '1.10.0',
          changelog: [
            { version: '1.9.0', date: '2026-11', changes: ['Two.'] },
            { version: '1.10.0', date: '2026-11-22', changes: ['Three.', 'Four.'] },
            { version: '1.9.1', date: '2026-11-22', changes: ['Two and a half.'] },
            { version: '1.0.0', date: '2026-01-05', changes: ['One.'] },
          ],
        },
      }),
      ROOT,
    ).entries.filter((item) => item.category.term === 'dataset-version');
    // Versions of the same day: the newest first.
    expect(versions.map((item) => [item.title, item.link, item.summary])).toEqual([
      [
        'Dataset version 1.10.0',
        '/sources/?since=1.9.1#changelog',
        '22 November 2026. Three. Four.',
      ],
      [
        'Dataset version 1.9.1',
        '/sources/?since=1.9.0#changelog',
        '22 November 2026. Two and a half.',
      ],
      ['Dataset version 1.9.0', '/sources/?since=1.0.0#changelog', 'November 2026. Two.'],
      ['Dataset version 1.0.0', '/sources/#changelog', '5 January 2026. One.'],
    ]);
  });

  it('keeps ids when the text of a record or the site’s address changes', () => {
    const edited = structuredClone(data);
    const law = edited.commitments[0];
    if (law) law.title = 'Law A, renamed';
    const again = buildDatasetFeed(parseDataset(edited), {
      base: '/',
      siteUrl: 'https://tracker.example.org',
    });
    expect(again.id).toBe(feed.id);
    expect(again.entries.map((item) => item.id)).toEqual(feed.entries.map((item) => item.id));
    expect(new Set(feed.entries.map((item) => item.id)).size).toBe(feed.entries.length);
  });

  it('makes every link absolute when the site’s address is known, and keeps the base path', () => {
    const absolute = buildDatasetFeed(parseDataset(data), {
      base: '/tracker/',
      siteUrl: 'https://tracker.example.org',
    });
    expect(absolute.self).toBe('https://tracker.example.org/tracker/feed.xml');
    expect(absolute.alternate).toBe('https://tracker.example.org/tracker/');
    expect(absolute.entries[1]?.link).toBe(
      'https://tracker.example.org/tracker/?open=contact:c5-summit',
    );
    expect(absolute.entries[2]?.link).toBe(
      'https://tracker.example.org/tracker/?open=commitment:law-a',
    );
  });

  it(`keeps the newest entries, at most ${FEED_ENTRY_LIMIT} unless told otherwise`, () => {
    const three = buildDatasetFeed(parseDataset(data), { ...ROOT, limit: 3 });
    expect(three.entries.map((item) => item.id)).toEqual(
      feed.entries.slice(0, 3).map((item) => item.id),
    );
    expect(FEED_ENTRY_LIMIT).toBe(100);
  });
});

describe(writeDatasetFeed, () => {
  it('writes a valid Atom document', () => {
    const xml = writeDatasetFeed(JSON.stringify(data), ROOT);
    expect(checkAtomFeed(xml, parse)).toEqual([]);
    expect(parse(xml).querySelectorAll('entry')).toHaveLength(ALL_KEYS.length + 1);
  });

  it('writes hostile text from the data as text: markup, CDATA ends and forbidden characters', () => {
    const hostile = makeHostileValidDataset();
    const law = hostile.commitments[0];
    if (!law) throw new Error('the hostile dataset has no commitment');
    law.title = 'Law ]]> <![CDATA[ x ]]> &amp; \u0000\u001b\uFFFF \uD800 "q" <b onclick=x>';
    const xml = writeDatasetFeed(JSON.stringify(hostile), ROOT);
    expect(checkAtomFeed(xml, parse)).toEqual([]);
    const document = parse(xml);
    expect(document.querySelector('feed > title')?.textContent).toBe(
      `${hostile.meta.title}: latest developments`,
    );
    const titles = [...document.querySelectorAll('entry > title')].map((t) => t.textContent);
    expect(titles).toContain(
      'Adopted / signed — Law ]]> <![CDATA[ x ]]> &amp; \uFFFD\uFFFD\uFFFD \uFFFD "q" <b onclick=x>',
    );
    // Only the writer's own elements: nothing in the data became markup.
    const names = new Set([...document.querySelectorAll('*')].map((element) => element.localName));
    expect([...names].sort()).toEqual(
      ['author', 'category', 'entry', 'feed', 'id', 'link', 'name', 'rights', 'subtitle']
        .concat(['summary', 'title', 'updated'])
        .sort(),
    );
  });

  it('refuses a dataset that does not validate', () => {
    expect(() => writeDatasetFeed('{"meta": {}}', ROOT)).toThrow(/problem/);
  });
});

describe(siteOrigin, () => {
  it.each([
    [undefined, null],
    ['', null],
    ['https://tracker.example.org', 'https://tracker.example.org'],
    ['http://localhost:4173/some/path?x#y', 'http://localhost:4173'],
  ])('reads SITE_URL=%j as %j', (value, origin) => {
    expect(siteOrigin(value)).toBe(origin);
  });

  it.each(['tracker.example.org', 'javascript:alert(1)', 'ftp://example.org', '/relative'])(
    'refuses %j',
    (value) => {
      expect(() => siteOrigin(value)).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
    },
  );
});
