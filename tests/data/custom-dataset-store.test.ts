import {
  hasStoredCustomDataset,
  readStoredDataset,
  removeStoredDataset,
  storeDataset,
} from '@/data/custom-dataset-store';
import { KEPT_DATASET_CHANNEL } from '@/data/kept-dataset-channel';

// jsdom has no IndexedDB: this is the "browser refuses to store" path. Chromium's is in tests/e2e.
describe('custom dataset store without IndexedDB', () => {
  afterEach(() => localStorage.clear());

  it('says it could not keep the dataset, and does not claim to hold one', async () => {
    const content = new Blob(['{}']);
    expect(await storeDataset({ fileName: 'a.json', content, savedAt: 'now' })).toBe(false);
    expect(hasStoredCustomDataset()).toBe(false);
    expect(await readStoredDataset()).toEqual({ kind: 'none' });
  });

  it('clears the first-paint hint on removal', async () => {
    localStorage.setItem('dialogue-tracker:custom-dataset', '1');
    expect(hasStoredCustomDataset()).toBe(true);
    await removeStoredDataset();
    expect(hasStoredCustomDataset()).toBe(false);
  });

  it('tells the other tabs when it forgets the dataset, so they show the bundled one too', async () => {
    const otherTab = new BroadcastChannel(KEPT_DATASET_CHANNEL);
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    await removeStoredDataset();
    await vi.waitFor(() => expect(heard).toEqual(['changed']));
    otherTab.close();
  });
});
