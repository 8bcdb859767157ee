import type { JsonFileInput } from '@/data/read-json-file';
import { readDatasetTextForPage } from '@/data/read-dataset-text';

export type ValidationRequest = { input: JsonFileInput; byteLength?: number };

// Validating a large file takes long enough to freeze the page, so it runs here, off the main thread.
self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { input, byteLength } = event.data;
  self.postMessage(readDatasetTextForPage(input, byteLength));
};
