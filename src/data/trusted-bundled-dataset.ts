// No zod here, nor anything that imports it: this is how the first visit avoids loading the validator.
import type { Dataset } from '@/domain/schema';

/** The digest the build computed for the bundled dataset, or undefined where it defined none. */
function bundledDatasetDigest(): string | undefined {
  return typeof __BUNDLED_DATASET_SHA256__ === 'string' ? __BUNDLED_DATASET_SHA256__ : undefined;
}

/**
 * The SHA-256 of `data` (text is hashed as its UTF-8 bytes), in lowercase hex; undefined where Web Crypto is missing
 * (pages served over plain http from anywhere but localhost) or fails.
 */
export async function sha256Hex(data: string | ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    // A view, not the buffer: Node's Web Crypto refuses an ArrayBuffer from another realm (jsdom).
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The bundled dataset parsed as it is, if `bytes` are exactly the file the build validated (same
 * SHA-256); otherwise null, and the caller must validate it (another file, a file replaced after
 * the build, no Web Crypto, or no digest from the build).
 */
export async function readTrustedBundledDataset(bytes: ArrayBuffer): Promise<Dataset | null> {
  const expected = bundledDatasetDigest();
  if (expected === undefined) return null;
  if ((await sha256Hex(bytes)) !== expected) return null;
  // The build checked these very bytes: UTF-8 without a byte-order mark, no key written twice, and
  // validating them returns exactly what JSON.parse does.
  return JSON.parse(new TextDecoder().decode(bytes)) as Dataset;
}
