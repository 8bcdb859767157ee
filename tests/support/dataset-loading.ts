import { DatasetError } from '@/domain/dataset-problem';

/** A fetch that answers every request with `body` (200 unless `init` says otherwise). */
export const respond = (body: string, init: ResponseInit = { status: 200 }) =>
  (async () => new Response(body, init)) as unknown as typeof fetch;

/** The DatasetError a load rejects with; fails the test if it resolves or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}
