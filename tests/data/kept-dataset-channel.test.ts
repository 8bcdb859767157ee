import {
  announceKeptDatasetChange,
  KEPT_DATASET_CHANNEL,
  onKeptDatasetChange,
} from '@/data/kept-dataset-channel';

/** Another tab: its own channel object with the same name. */
function otherTab() {
  const tab = new BroadcastChannel(KEPT_DATASET_CHANNEL);
  const heard: unknown[] = [];
  tab.onmessage = (event) => heard.push(event.data);
  return { tab, heard };
}

describe('the kept dataset channel between tabs', () => {
  it('hears another tab announce a change, until it unsubscribes', async () => {
    const { tab } = otherTab();
    const listener = vi.fn();
    const unsubscribe = onKeptDatasetChange(listener);
    tab.postMessage('changed');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledOnce());
    unsubscribe();
    tab.postMessage('changed');
    tab.postMessage('changed');
    // A message posted after these two has arrived, so the unsubscribed listener would have run.
    const { tab: third, heard } = otherTab();
    tab.postMessage('changed');
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(listener).toHaveBeenCalledOnce();
    tab.close();
    third.close();
  });

  it('ignores messages that are not its own', async () => {
    const { tab } = otherTab();
    const listener = vi.fn();
    const unsubscribe = onKeptDatasetChange(listener);
    tab.postMessage({ changed: true });
    tab.postMessage('changed');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledOnce());
    unsubscribe();
    tab.close();
  });

  it('announces to other tabs, never to its own listeners', async () => {
    const { tab, heard } = otherTab();
    const own = vi.fn();
    const unsubscribe = onKeptDatasetChange(own);
    announceKeptDatasetChange();
    await vi.waitFor(() => expect(heard).toEqual(['changed']));
    expect(own).not.toHaveBeenCalled();
    unsubscribe();
    tab.close();
  });
});
