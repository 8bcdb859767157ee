import { readTrustedBundledDataset, sha256Hex } from '@/data/trusted-bundled-dataset';
import { makeDataset } from '../support/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe(sha256Hex, () => {
  it('returns the SHA-256 of the UTF-8 bytes in lowercase hex', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // é is two bytes in UTF-8 (c3 a9).
    expect(await sha256Hex('é')).toBe(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
  });

  it('hashes bytes as they are', async () => {
    const bytes = new Uint8Array([0xc3, 0xa9]).buffer;
    expect(await sha256Hex(bytes)).toBe(await sha256Hex('é'));
  });

  it('returns undefined without Web Crypto', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex('abc')).toBeUndefined();
  });
});

describe(readTrustedBundledDataset, () => {
  const text = JSON.stringify(makeDataset());
  const bytes = (value: string) => new TextEncoder().encode(value).buffer as ArrayBuffer;

  it('parses the text when its digest is the one the build defined', async () => {
    vi.stubGlobal('__BUNDLED_DATASET_SHA256__', await sha256Hex(text));
    expect(await readTrustedBundledDataset(bytes(text))).toEqual(makeDataset());
  });

  it('returns null for other text, or when the build defined no digest', async () => {
    expect(await readTrustedBundledDataset(bytes(text))).toBeNull();
    vi.stubGlobal('__BUNDLED_DATASET_SHA256__', await sha256Hex(text));
    expect(await readTrustedBundledDataset(bytes(`${text} `))).toBeNull();
  });
});
