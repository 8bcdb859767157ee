import type { JsonFileInput } from '@/data/read-json-file';
import { readDatasetTextForPage } from '@/data/read-dataset-text';
import { splitResult } from '@/data/result-parts';

export type ValidationRequest = { input: JsonFileInput; byteLength?: number };

// Validating a large file takes long enough to freeze the page, so it runs here, off the main
// thread; the result goes back in parts, so that no one message takes the page long to read.
self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { input, byteLength } = event.data;
  for (const part of splitResult(readDatasetTextForPage(input, byteLength))) self.postMessage(part);
};
