import { parseDetail } from '@/view/detail';
import { viewHref } from '@/view/view-url';

describe(viewHref, () => {
  it.each([
    [{ open: { kind: 'commitment', id: 'death-penalty' } }, '/?open=commitment:death-penalty'],
    [{ open: { kind: 'meeting', id: 'us-kz-2024-r3' } }, '/?open=meeting:us-kz-2024-r3'],
    [{ since: '1.0.0' }, '/?since=1.0.0'],
    [{ open: { kind: 'source', id: 's' }, since: '1.0.0' }, '/?since=1.0.0&open=source:s'],
    [{ hash: 'latest' }, '/#latest'],
    [{ page: 'sources', since: '1.0.0', hash: 'changelog' }, '/sources/?since=1.0.0#changelog'],
    [{ page: 'meetings', open: { kind: 'meeting', id: 'm' } }, '/meetings/?open=meeting:m'],
    [{}, '/'],
  ] as const)('writes %j as %s', (view, href) => {
    expect(viewHref('/', view)).toBe(href);
  });

  it('keeps the app’s base path', () => {
    expect(viewHref('/tracker/', { page: 'sources', since: '2.0.0', hash: 'changelog' })).toBe(
      '/tracker/sources/?since=2.0.0#changelog',
    );
    expect(viewHref('/tracker/', { hash: 'latest' })).toBe('/tracker/#latest');
  });

  it('encodes what a URL cannot hold as it is, and the app reads it back', () => {
    const href = viewHref('/', { open: { kind: 'topic', id: 'a&b#c d' } });
    expect(href).toBe('/?open=topic:a%26b%23c+d');
    const read = new URL(href, 'http://localhost').searchParams.get('open');
    expect(parseDetail(read)).toEqual({ kind: 'topic', id: 'a&b#c d' });
  });
});
