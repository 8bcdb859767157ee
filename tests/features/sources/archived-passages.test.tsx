import { screen, within } from '@testing-library/react';
import { SourceDetail } from '@/features/sources/source-detail';
import { renderWithProviders } from '../../support/render';
import { makeSourcesDataset } from './sources-fixture';

const ARCHIVE = {
  source: 'src-kz',
  url: 'https://inform.kz/kz/1',
  title: 'Қазинформ хабары',
  publisher: 'Kazinform',
  published: null,
  retrieved: '2026-12-06',
  note: 'Excerpt notes only.',
  passages: [
    {
      text: 'date quote kz, in its sentence',
      from: 'research/sources/2024-05-20-kazinform.txt',
      translation: 'the date in English',
    },
    {
      text: '<img src=x onerror=alert(1)> origin quote',
      from: 'research/dialogue-facts.md',
      note: 'Added by hand.',
    },
  ],
};

function serve(response: () => Response | Promise<Response>) {
  const fetchMock = vi.fn(async () => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function openSource(id = 'src-kz') {
  renderWithProviders(<SourceDetail id={id} />, {
    dataset: makeSourcesDataset(),
    url: `/?open=source:${id}`,
  });
  return screen.getByRole('region', { name: 'Archived passages' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ArchivedPassages in the source detail', () => {
  it('fetches the source’s archive file when the detail opens and lists its passages as text', async () => {
    const fetchMock = serve(() => json(ARCHIVE));
    const section = openSource();

    expect(within(section).getByRole('status')).toHaveTextContent('Loading the archived passages…');
    const items = await within(section).findAllByRole('listitem');
    expect(fetchMock).toHaveBeenCalledWith('/data/evidence/src-kz.json');
    expect(section).toHaveTextContent('Read on 6 December 2026. Excerpt notes only.');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('“date quote kz, in its sentence”');
    expect(items[0]).toHaveTextContent('English: “the date in English”');
    expect(items[0]).toHaveTextContent(
      'From: Research notes on this page (research/sources/2024-05-20-kazinform.txt)',
    );
    expect(items[1]).toHaveTextContent('“<img src=x onerror=alert(1)> origin quote”');
    expect(items[1]).toHaveTextContent('Note: Added by hand.');
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(section).getAllByText(/quote/, { selector: 'blockquote' })[0]).toHaveAttribute(
      'lang',
      'kk',
    );
  });

  it('tags each passage in another language with its name, as the quotes are tagged', async () => {
    serve(() => json(ARCHIVE));
    const section = openSource();
    const items = await within(section).findAllByRole('listitem');
    for (const item of items) expect(within(item).getByText('Kazakh')).toBeVisible();
    // The same tag, word and look, as the quote of this source further up the drawer.
    const quoteTag = screen
      .getAllByText('Kazakh', { selector: 'span' })
      .find((tag) => !section.contains(tag));
    expect(quoteTag).toHaveClass('rounded', 'border');
    expect(within(items[0]!).getByText('Kazakh')).toHaveClass(...(quoteTag?.classList ?? []));
  });

  it('shows no language tag on the passages of an English source', async () => {
    serve(() => json({ ...ARCHIVE, source: 'src-unused', url: 'https://example.net/unused' }));
    const section = openSource('src-unused');
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(section).queryByText('English')).not.toBeInTheDocument();
  });

  it('says when the date read is unknown and no passage is archived', async () => {
    serve(() => json({ ...ARCHIVE, retrieved: null, note: undefined, passages: [] }));
    const section = openSource();
    expect(
      await within(section).findByText('No passages are archived for this source.'),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('When the page was read is not recorded.');
  });

  it.each([
    [
      'the file is missing',
      () => new Response('Not found', { status: 404 }),
      'No passages are archived for this source.',
    ],
    [
      'the host answers with its page',
      () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      'No passages are archived for this source.',
    ],
    [
      'the server fails',
      () => new Response('', { status: 500 }),
      'The archived passages could not be downloaded: the server answered 500.',
    ],
    [
      'the network is down',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'The archived passages could not be downloaded (Failed to fetch).',
    ],
    [
      'the file is not JSON',
      () => new Response('{ "source": ', { status: 200 }),
      'The archive file of this source is not valid JSON.',
    ],
    [
      'the file breaks the schema',
      () => json({ ...ARCHIVE, url: 'javascript:alert(1)' }),
      'The archive file of this source is not valid: url: only http:// and https:// links with a domain name are allowed.',
    ],
    [
      'the file is another page’s',
      () => json({ ...ARCHIVE, url: 'https://inform.kz/kz/2' }),
      'The archive file was made for another page (https://inform.kz/kz/2), so its passages are not shown.',
    ],
  ])(
    'says so when %s, and the rest of the detail keeps working',
    async (_case, response, message) => {
      serve(response);
      const section = openSource();
      expect(await within(section).findByText(message)).toBeInTheDocument();
      const drawer = within(screen.getByRole('dialog', { name: 'Қазинформ хабары' }));
      expect(
        drawer.getByRole('heading', { name: 'What this source supports' }),
      ).toBeInTheDocument();
      expect(drawer.getByText('None recorded.')).toBeInTheDocument();
    },
  );
});
