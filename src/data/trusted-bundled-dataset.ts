// No zod here, nor anything that imports it: this is how the first visit avoids loading the validator.
import type { Dataset } from '@/domain/schema';

/** The digest the build computed for the bundled dataset, or undefined where it defined none. */
function bundledDatasetDigest(): string | undefined {
  return typeof __BUNDLED_DATASET_SHA256__ === 'string' ? __BUNDLED_DATASET_SHA256__ : undefined;
}

/**
 * The SHA-256 of `text` encoded as UTF-8, in lowercase hex; undefined where Web Crypto is missing
 * (pages served over plain http from anywhere but localhost) or fails.
 */
export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The bundled dataset parsed as it is, if `text` is exactly the file the build validated (same
 * SHA-256); otherwise null, and the caller must validate it (another file, a file replaced after
 * the build, no Web Crypto, or no digest from the build).
 */
export async function readTrustedBundledDataset(text: string): Promise<Dataset | null> {
  const expected = bundledDatasetDigest();
  if (expected === undefined) return null;
  if ((await sha256Hex(text)) !== expected) return null;
  // The build checked that validating this very text returns exactly what JSON.parse does.
  return JSON.parse(text) as Dataset;
}
