// @vitest-environment node
import { decodeUtf8InSlices, yieldToPage } from '@/lib/yield-to-page';

const bytes = (text: string) => new TextEncoder().encode(text);

describe(decodeUtf8InSlices, () => {
  it.each([1, 2, 3, 5, 1024])(
    'decodes Kazakh, emoji and a byte-order mark in slices of %i bytes, as one decode would',
    async (size) => {
      const text = 'Қазақстан — 🇰🇿 freedom, әділет';
      const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
      await expect(decodeUtf8InSlices(withMark, size, async () => {})).resolves.toBe(text);
      await expect(decodeUtf8InSlices(withMark.buffer, size, async () => {})).resolves.toBe(
        new TextDecoder().decode(withMark),
      );
    },
  );

  it('pauses between slices, not before the first or after the last', async () => {
    const pause = vi.fn(async () => {});
    await decodeUtf8InSlices(bytes('abcdefg'), 3, pause);
    expect(pause).toHaveBeenCalledTimes(2);
    await decodeUtf8InSlices(new Uint8Array(), 3, pause);
    expect(pause).toHaveBeenCalledTimes(2);
  });

  it('gives the empty text for no bytes', async () => {
    await expect(decodeUtf8InSlices(new Uint8Array())).resolves.toBe('');
  });
});

describe(yieldToPage, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses scheduler.yield where the platform has it', async () => {
    const yieldNow = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldNow });
    await yieldToPage();
    expect(yieldNow).toHaveBeenCalledOnce();
  });

  it('otherwise resolves after the tasks already queued', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const yielded = yieldToPage().then(() => order.push('after yield'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['queued task', 'microtask', 'after yield']);
  });
});
