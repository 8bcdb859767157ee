import type { PageValidationResult } from '@/data/read-dataset-text';
import type { JsonFileInput } from '@/data/read-json-file';
import { createResultJoiner, type ResultPart } from '@/data/result-parts';

async function validateHere(
  input: JsonFileInput,
  byteLength?: number,
): Promise<PageValidationResult> {
  const { readDatasetTextForPage } = await import('@/data/read-dataset-text');
  return readDatasetTextForPage(input, byteLength);
}

/**
 * Checks a dataset file (its bytes, or text) in a Web Worker, so neither a big file nor the validator's code
 * weighs on the page; where workers are unavailable (tests, prerendering) or fail to start, the
 * check runs here instead.
 */
export function validateDatasetText(
  input: JsonFileInput,
  byteLength?: number,
): Promise<PageValidationResult> {
  if (typeof Worker === 'undefined') return validateHere(input, byteLength);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./dataset-validation.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(validateHere(input, byteLength));
      return;
    }
    const join = createResultJoiner();
    // Each part is its own message, hence its own task on the page (see splitResult).
    worker.onmessage = (event: MessageEvent<ResultPart>) => {
      const result = join(event.data);
      if (!result) return;
      worker.terminate();
      resolve(result);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(validateHere(input, byteLength));
    };
    // Copied, not transferred: the caller keeps the bytes to store the file once it is valid.
    worker.postMessage({ input, byteLength });
  });
}
