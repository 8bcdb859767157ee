import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import * as store from '@/data/custom-dataset-store';
import { KEPT_DATASET_CHANNEL } from '@/data/kept-dataset-channel';
import { createTestQueryClient } from '../../support/render';
import { makeDataset } from '../../support/fixtures';
import { loadEveryPage } from '../../support/page-panels';

// The app loads the shown page's panels before its first render (src/entry-client.tsx).
beforeAll(loadEveryPage);

// jsdom has no IndexedDB: the store's answers are played here; Chromium's own are in tests/e2e.
vi.mock('@/data/custom-dataset-store', () => ({
  readStoredDataset: vi.fn(async () => ({ kind: 'none' })),
  storeDataset: vi.fn(async () => true),
  removeStoredDataset: vi.fn(async () => localStorage.clear()),
}));

const bundled = makeDataset();
const own = makeDataset({ meta: { ...bundled.meta, title: 'Our annotations', version: '2.1.0' } });
const indicator = () => screen.getByTestId('dataset-indicator');

async function openDashboard() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(bundled), { status: 200 })),
  );
  window.history.replaceState(null, '', '/');
  render(<App queryClient={createTestQueryClient()} />);
  await screen.findByRole('heading', { name: 'How the reforms stand' });
  return userEvent.setup();
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'none' });
  vi.mocked(store.removeStoredDataset).mockClear();
});

describe('a kept dataset that cannot be read', () => {
  it('says why, shows the bundled dataset, and removes it in one click', async () => {
    localStorage.setItem('dialogue-tracker:custom-dataset', '1');
    vi.mocked(store.readStoredDataset).mockResolvedValue({
      kind: 'unreadable',
      reason: 'it holds a string of 4 characters, not a saved dataset',
    });
    const user = await openDashboard();

    const alert = await screen.findByTestId('kept-file-unreadable');
    expect(alert).toHaveTextContent(
      'The file kept in this browser could not be read: it holds a string of 4 characters, not a saved dataset. The bundled dataset is shown instead.',
    );
    expect(within(alert).getByRole('heading')).toHaveFocus();
    expect(indicator()).toHaveTextContent('Showing the bundled dataset');

    vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'none' });
    await user.click(within(alert).getByRole('button', { name: 'Remove it from this browser' }));
    await waitFor(() =>
      expect(screen.queryByTestId('kept-file-unreadable')).not.toBeInTheDocument(),
    );
    expect(store.removeStoredDataset).toHaveBeenCalledOnce();
    expect(indicator()).toHaveTextContent('Showing the bundled dataset');
  });
});

describe('another tab', () => {
  it('keeping a file makes this tab show it, and removing it brings the bundled one back', async () => {
    await openDashboard();
    expect(indicator()).toHaveTextContent('Showing the bundled dataset');
    const otherTab = new BroadcastChannel(KEPT_DATASET_CHANNEL);

    // No flag here yet: localStorage reaches other tabs later than the channel's message can.
    vi.mocked(store.readStoredDataset).mockResolvedValue({
      kind: 'kept',
      dataset: {
        fileName: 'theirs.json',
        content: new Blob([JSON.stringify(own)]),
        savedAt: '2026-12-01',
      },
    });
    otherTab.postMessage('changed');
    await waitFor(() => expect(indicator()).toHaveTextContent('your file “theirs.json”'));
    expect(indicator()).toHaveTextContent('Our annotations, version 2.1.0');
    expect(
      screen.getByText(
        'Another tab changed the dataset kept in this browser; this tab shows it now.',
      ),
    ).toBeInTheDocument();

    localStorage.clear();
    vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'none' });
    otherTab.postMessage('changed');
    await waitFor(() => expect(indicator()).toHaveTextContent('Showing the bundled dataset'));
    // Following another tab never removes anything itself (which would tell the tabs again).
    expect(store.removeStoredDataset).not.toHaveBeenCalled();
    otherTab.close();
  });
});
