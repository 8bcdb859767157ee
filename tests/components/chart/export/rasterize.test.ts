// @vitest-environment node
import { pngDataUrlToBlob } from '@/components/chart/export/rasterize';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

describe(pngDataUrlToBlob, () => {
  it('turns the base64 of a PNG data URL back into its exact bytes, typed as PNG', async () => {
    const bytes = [...PNG_SIGNATURE, 0, 255, 128, 7];
    const dataUrl = `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
    const blob = pngDataUrlToBlob(dataUrl);
    expect(blob.type).toBe('image/png');
    expect(await bytesOf(blob)).toEqual(bytes);
  });

  it('reports a canvas that could not be encoded (too large, or no PNG support)', () => {
    // A canvas over the browser's size limit gives "data:,"; one that cannot write PNG falls back to another type.
    for (const dataUrl of ['data:,', 'data:image/png;base64,', 'data:image/webp;base64,AAAA'])
      expect(() => pngDataUrlToBlob(dataUrl)).toThrow('The image could not be encoded as PNG.');
  });
});
