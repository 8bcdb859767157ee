import { readDatasetTextForPage } from '@/data/read-dataset-text';

export type ValidationRequest = { text: string; byteLength?: number };

// Validating a large file takes long enough to freeze the page, so it runs here, off the main thread.
self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { text, byteLength } = event.data;
  self.postMessage(readDatasetTextForPage(text, byteLength));
};
