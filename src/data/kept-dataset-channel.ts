/**
 * Tells the app's other tabs that the dataset kept in this browser changed (a file kept or
 * removed), so that they show the same one without a reload. A message never reaches the tab that
 * sent it: every tab posts and listens on one shared channel object.
 */
const CHANNEL_NAME = 'dialogue-tracker:kept-dataset';
const CHANGED = 'changed';

let channel: BroadcastChannel | null | undefined;
function sharedChannel(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Tells the other tabs to read the kept dataset again; does nothing without BroadcastChannel. */
export function announceKeptDatasetChange(): void {
  sharedChannel()?.postMessage(CHANGED);
}

/** Calls `listener` whenever another tab keeps or removes a file; returns the unsubscribe. */
export function onKeptDatasetChange(listener: () => void): () => void {
  const shared = sharedChannel();
  if (!shared) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    if (event.data === CHANGED) listener();
  };
  shared.addEventListener('message', onMessage);
  return () => shared.removeEventListener('message', onMessage);
}

/** The channel's name, for a test that plays the other tab. */
export const KEPT_DATASET_CHANNEL = CHANNEL_NAME;
