import { loadDataset } from '@/data/load-dataset';
import * as store from '@/data/custom-dataset-store';
import * as flag from '@/data/custom-dataset-flag';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { makeDataset } from '../support/fixtures';
import { failureOf } from '../support/dataset-loading';

vi.mock('@/data/custom-dataset-flag', () => ({ hasStoredCustomDataset: vi.fn(() => false) }));
vi.mock('@/data/custom-dataset-store', () => ({
  readStoredDataset: vi.fn(async () => ({ kind: 'none' })),
  storeDataset: vi.fn(async () => true),
  removeStoredDataset: vi.fn(async () => undefined),
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
  vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(false);
  vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'none' });
  vi.mocked(store.storeDataset).mockClear();
  vi.mocked(store.removeStoredDataset).mockClear();
});

/** Keeps `text` as the app keeps a file (its bytes), or as a record from before did (`older`). */
function keep(text: string, { older = false } = {}) {
  vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(true);
  const content = older ? text : new Blob([text]);
  vi.mocked(store.readStoredDataset).mockResolvedValue({
    kind: 'kept',
    dataset: { fileName: 'mine.json', content, savedAt: '2026-11-20T08:00:00.000Z' },
  });
}

/** The bytes of the Blob the app asked the store to keep. */
async function keptBytes() {
  const [kept] = vi.mocked(store.storeDataset).mock.calls.at(-1)!;
  expect(kept.content).toBeInstanceOf(Blob);
  return new Uint8Array(await kept.content.arrayBuffer());
}

function fakeFile(content: string | Uint8Array, size?: number) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return {
    name: 'mine.json',
    size: size ?? bytes.byteLength,
    arrayBuffer: vi.fn(async () => buffer as ArrayBuffer),
  };
}

describe('loadDataset of the kept dataset (what the page opens with)', () => {
  it('shows the bundled dataset when nothing is kept, without touching storage', async () => {
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toBeUndefined();
    expect(store.readStoredDataset).not.toHaveBeenCalled();
  });

  it('shows the dataset kept from an earlier visit, with its file name and date', async () => {
    keep(JSON.stringify(own));
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('My own dataset');
    expect(loaded.origin).toEqual({
      kind: 'custom',
      fileName: 'mine.json',
      openedAt: '2026-11-20T08:00:00.000Z',
      persisted: true,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('still opens a dataset kept as text, as the app kept files before it kept their bytes', async () => {
    keep(JSON.stringify(own), { older: true });
    expect((await loadDataset({ kind: 'kept' })).meta.title).toBe('My own dataset');
  });

  it('shows the bundled dataset, saying why, when the browser cannot read the kept file', async () => {
    keep('');
    const unreadable = new Blob(['{}']);
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    vi.mocked(store.readStoredDataset).mockResolvedValue({
      kind: 'kept',
      dataset: { fileName: 'mine.json', content: unreadable, savedAt: 'now' },
    });
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toEqual({
      kind: 'bundled',
      unreadableStored: { reason: 'the browser could not read its file (NotReadableError: gone)' },
    });
  });

  it('falls back to the bundled dataset, with the reasons, when the kept one no longer validates', async () => {
    keep(JSON.stringify({ ...own, meta: { ...own.meta, schemaVersion: 99 } }));
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toMatchObject({
      kind: 'bundled',
      rejectedStored: { fileName: 'mine.json', problems: [{ path: 'meta.schemaVersion' }] },
    });
    expect(store.removeStoredDataset).not.toHaveBeenCalled();
  });

  it('shows the bundled dataset, saying why, when the store holds something that is not a dataset', async () => {
    vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(true);
    const reason = 'it holds a string of 4 characters, not a saved dataset';
    vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'unreadable', reason });
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toEqual({ kind: 'bundled', unreadableStored: { reason } });
    expect(store.removeStoredDataset).not.toHaveBeenCalled();
  });

  it('reads the store after another tab kept a file, though this tab has not seen the flag yet', async () => {
    keep(JSON.stringify(own));
    vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(false);
    const loaded = await loadDataset({ kind: 'kept', changedInAnotherTab: true });
    expect(loaded.meta.title).toBe('My own dataset');
  });

  it('shows the bundled dataset when the flag is set but storage holds nothing', async () => {
    vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(true);
    const loaded = await loadDataset({ kind: 'kept' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(loaded.origin).toBeUndefined();
  });
});

describe('loadDataset of the bundled dataset', () => {
  it('forgets a kept dataset', async () => {
    const loaded = await loadDataset({ kind: 'bundled' });
    expect(loaded.meta.title).toBe('Fixture dataset');
    expect(store.removeStoredDataset).toHaveBeenCalledOnce();
  });
});

describe('loadDataset of a file the user opens', () => {
  it('returns the dataset and keeps its exact bytes in this browser', async () => {
    const text = JSON.stringify(own);
    const loaded = await loadDataset({ kind: 'file', file: fakeFile(text) });
    expect(loaded.meta.title).toBe('My own dataset');
    expect(loaded.origin).toMatchObject({ kind: 'custom', fileName: 'mine.json', persisted: true });
    expect(store.storeDataset).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'mine.json' }),
    );
    expect(await keptBytes()).toEqual(new TextEncoder().encode(text));
  });

  it('says so when the browser would not keep it', async () => {
    vi.mocked(store.storeDataset).mockResolvedValueOnce(false);
    const loaded = await loadDataset({ kind: 'file', file: fakeFile(JSON.stringify(own)) });
    expect(loaded.origin).toMatchObject({ kind: 'custom', persisted: false });
  });

  it('refuses a file over the size cap without reading it', async () => {
    const file = fakeFile('{}', MAX_DATASET_BYTES + 1);
    const error = await failureOf(loadDataset({ kind: 'file', file }));
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(error.problems).toMatchObject([{ path: '(file)' }]);
    expect(error.problems[0]?.message).toMatch(/limit is 20(\.0)? MB/);
  });

  it('explains a file that is not JSON, and keeps nothing', async () => {
    const error = await failureOf(
      loadDataset({ kind: 'file', file: fakeFile('<html>not json</html>') }),
    );
    expect(error.problems).toMatchObject([{ path: '(file)' }]);
    expect(error.problems[0]?.message).toMatch(/not valid JSON/);
    expect(store.storeDataset).not.toHaveBeenCalled();
  });

  it('names a UTF-16 file from its bytes, and keeps nothing', async () => {
    const text = JSON.stringify(own);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const error = await failureOf(loadDataset({ kind: 'file', file: fakeFile(utf16) }));
    expect(error.problems).toEqual([
      { path: '(file)', message: 'the file is UTF-16 (little-endian); save it as UTF-8' },
    ]);
    expect(store.storeDataset).not.toHaveBeenCalled();
  });

  it('keeps a valid file byte for byte, its byte-order mark included, and opens it again', async () => {
    const text = JSON.stringify(own);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    await loadDataset({ kind: 'file', file: fakeFile(withBom) });
    expect(await keptBytes()).toEqual(withBom);
    const [kept] = vi.mocked(store.storeDataset).mock.calls.at(-1)!;
    vi.mocked(flag.hasStoredCustomDataset).mockReturnValue(true);
    vi.mocked(store.readStoredDataset).mockResolvedValue({ kind: 'kept', dataset: kept });
    expect((await loadDataset({ kind: 'kept' })).meta.title).toBe('My own dataset');
  });

  it('lists path-precise problems of an invalid dataset', async () => {
    const broken = JSON.parse(JSON.stringify(own));
    broken.meetings[0].date.value = '2024-02-30';
    const error = await failureOf(
      loadDataset({ kind: 'file', file: fakeFile(JSON.stringify(broken)) }),
    );
    expect(error.problems.map((p) => p.path)).toContain('meetings[0].date.value');
  });

  it('reports a file the browser cannot read', async () => {
    const file = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: vi.fn(async () => {
        throw new Error('NotReadableError');
      }),
    };
    const error = await failureOf(loadDataset({ kind: 'file', file }));
    expect(error.problems).toEqual([
      { path: '(file)', message: 'the file could not be read (NotReadableError)' },
    ]);
  });
});
