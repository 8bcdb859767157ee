import { sanitizeSince } from '@/view/filters';
import {
  orderSearchParams,
  parseView,
  serializeView,
  URL_KEYS,
  type ViewState,
} from '@/view/view-params';

const DEFAULT_VIEW = parseView('');

describe(parseView, () => {
  it('reads an empty query as every default, which writes nothing', () => {
    expect(DEFAULT_VIEW).toEqual({
      topics: [],
      years: [],
      dialogue: null,
      statuses: [],
      search: '',
      asOf: '',
      comparedMeeting: null,
      onlySharedYears: false,
      commitmentSort: 'status',
      commitmentSortDirection: 'desc',
      since: null,
      detail: null,
    });
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips every parameter, written in canonical order', () => {
    const view: ViewState = {
      topics: ['topic-a', 'topic-b'],
      years: [2023],
      dialogue: 'us-kz',
      statuses: ['complete'],
      search: 'Zeya',
      asOf: '2024-05-01',
      comparedMeeting: 'us-kz-2024-r3',
      onlySharedYears: true,
      commitmentSort: 'title',
      commitmentSortDirection: 'asc',
      since: '1.0.0',
      detail: { kind: 'meeting', id: 'us-kz-2024-r3' },
    };
    const query = serializeView(view);
    expect(query).toBe(
      '?topic=topic-a,topic-b&year=2023&dialogue=us-kz&status=complete&q=Zeya&asof=2024-05-01' +
        '&compare=us-kz-2024-r3&shared=true&sort=title&dir=asc&since=1.0.0&open=meeting:us-kz-2024-r3',
    );
    expect(parseView(query)).toEqual(view);
  });

  it('reads values it cannot use as their defaults', () => {
    expect(parseView('?sort=colour&dir=up&shared=maybe&open=rating:x&year=abc')).toEqual(
      DEFAULT_VIEW,
    );
  });

  it('gives every parameter its own name', () => {
    expect(new Set(Object.values(URL_KEYS)).size).toBe(Object.keys(URL_KEYS).length);
  });
});

describe('the since parameter', () => {
  const versions = ['2.0.0', '1.10.0', '1.0.0'];
  it('round-trips a known version through the URL', () => {
    const url = serializeView({ since: '1.10.0' });
    expect(url).toBe('?since=1.10.0');
    expect(sanitizeSince(parseView(url).since, versions)).toBe('1.10.0');
    expect(serializeView({ since: sanitizeSince('3.0.0', versions) })).toBe('');
  });
});

describe(orderSearchParams, () => {
  it('lists known parameters in a fixed order and keeps unknown ones after, in place', () => {
    const ordered = orderSearchParams(
      new URLSearchParams('open=meeting:m&utm=x&year=2024&q=a&topic=t&dir=asc&sort=title'),
    );
    expect(ordered.toString()).toBe(
      'topic=t&year=2024&q=a&sort=title&dir=asc&open=meeting%3Am&utm=x',
    );
  });

  it('leaves an empty query empty', () => {
    expect(orderSearchParams(new URLSearchParams('')).toString()).toBe('');
  });

  it('puts the changelog’s since after the sort and before the open detail', () => {
    const ordered = orderSearchParams(new URLSearchParams('open=source:s&since=1.0.0&dir=asc'));
    expect(ordered.toString()).toBe('dir=asc&since=1.0.0&open=source%3As');
  });
});
