import { loadActiveDataset } from '@/data/active-dataset';
import * as store from '@/data/custom-dataset-store';
import { makeDataset } from '../support/fixtures';

vi.mock('@/data/custom-dataset-store', () => ({
  hasStoredCustomDataset: vi.fn(() => false),
  readStoredDataset: vi.fn(async () => null),
}));

const bundled = makeDataset();
const own = makeDataset({ meta: { ...makeDataset().meta, title: 'My own dataset' } });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(bundled), { status: 200 })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(store.hasStoredCustomDataset).mockReturnValue(false);
  vi.mocked(store.readStoredDataset).mockResolvedValue(null);
});

function keep(text: string) {
  vi.mocked(store.hasStoredCustomDataset).mockReturnValue(true);
  vi.mocked(store.readStoredDataset).mockResolvedValue({
    fileName: 'mine.json',
    text,
    savedAt: '2026-11-20T08:00:00.000Z',
  });
}

describe('loadActiveDataset', () => {
  it('shows the bundled dataset when nothing is kept, without touching storage', async () => {
    const loaded = await loadActiveDataset();
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toBeUndefined();
    expect(store.readStoredDataset).not.toHaveBeenCalled();
  });

  it('shows the dataset kept from an earlier visit, with its file name and date', async () => {
    keep(JSON.stringify(own));
    const loaded = await loadActiveDataset();
    expect(loaded.meta.title).toBe('My own dataset');
    expect(loaded.origin).toEqual({
      kind: 'custom',
      fileName: 'mine.json',
      openedAt: '2026-11-20T08:00:00.000Z',
      persisted: true,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('falls back to the bundled dataset, with the reasons, when the kept one no longer validates', async () => {
    keep(JSON.stringify({ ...own, meta: { ...own.meta, schemaVersion: 99 } }));
    const loaded = await loadActiveDataset();
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toMatchObject({
      kind: 'bundled',
      rejectedStored: { fileName: 'mine.json', problems: [{ path: 'meta.schemaVersion' }] },
    });
  });

  it('shows the bundled dataset when the flag is set but storage holds nothing', async () => {
    vi.mocked(store.hasStoredCustomDataset).mockReturnValue(true);
    const loaded = await loadActiveDataset();
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toBeUndefined();
  });
});
