import type { PageValidationResult } from '@/data/read-dataset-text';

async function validateHere(text: string, byteLength?: number): Promise<PageValidationResult> {
  const { readDatasetTextForPage } = await import('@/data/read-dataset-text');
  return readDatasetTextForPage(text, byteLength);
}

/**
 * Checks a dataset file's text in a Web Worker, so neither a big file nor the validator's code
 * weighs on the page; where workers are unavailable (tests, prerendering) or fail to start, the
 * check runs here instead.
 */
export function validateDatasetText(
  text: string,
  byteLength?: number,
): Promise<PageValidationResult> {
  if (typeof Worker === 'undefined') return validateHere(text, byteLength);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./dataset-validation.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(validateHere(text, byteLength));
      return;
    }
    worker.onmessage = (event: MessageEvent<PageValidationResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(validateHere(text, byteLength));
    };
    worker.postMessage({ text, byteLength });
  });
}
