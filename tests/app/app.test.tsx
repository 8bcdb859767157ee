import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import { createTestQueryClient } from '../support/render';
import { makeDataset } from '../support/fixtures';
import { pinToday } from '../support/pin-today';
import { loadEveryPage } from '../support/page-panels';

// The app loads the shown page's panels before its first render (src/entry-client.tsx).
beforeAll(loadEveryPage);

function serve(...bodies: string[]) {
  const fetchMock = vi.fn(
    async () => new Response(bodies.shift() ?? bodies.at(-1) ?? '', { status: 200 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  // The fixture's round 2 was planned for 2025; by this day there is no record of it.
  pinToday('2026-12-06');

  it('loads the dataset and shows its counts', async () => {
    serve(JSON.stringify(makeDataset()));
    render(<App queryClient={createTestQueryClient()} />);
    expect(
      await screen.findByRole('heading', { name: 'How the reforms stand' }),
    ).toBeInTheDocument();
    expect(screen.getByText('(1 held · 1 not confirmed)')).toBeInTheDocument();
  });

  it('shows each problem of a malformed dataset with its path, and recovers on retry', async () => {
    const broken = JSON.parse(JSON.stringify(makeDataset()));
    broken.meetings[1].date.value = '2024-02-30';
    broken.sources[0].url = 'javascript:alert(1)';
    serve(JSON.stringify(broken), JSON.stringify(makeDataset()));
    vi.spyOn(console, 'error').mockImplementation(() => {});

    render(<App queryClient={createTestQueryClient()} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('The dataset has 2 problems.');
    expect(alert).toHaveTextContent(
      'sources[0].url: is "javascript:alert(1)" — only http:// and https:// links with a domain name are allowed',
    );
    expect(alert).toHaveTextContent(
      'meetings[1].date.value: 2024-02-30 is not a calendar date (February 2024 has 29 days)',
    );
    // The page shell keeps working around the error.
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'How the reforms stand' }),
    ).toBeInTheDocument();
  });
});
