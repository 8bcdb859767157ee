type PageScheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a new task, so that the browser can paint and handle input in between: with
 * `scheduler.yield()` where the browser has it (the rest of the work keeps its place in the queue),
 * else through a MessageChannel (a `setTimeout(0)` is clamped to 4 ms once nested).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PageScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Bytes decoded per task: 2 MB of UTF-8 took about 7 ms on a busy 2-core machine. */
export const DECODE_SLICE_BYTES = 2 * 1024 * 1024;

/**
 * Decodes UTF-8 `bytes` (dropping a leading byte-order mark, as `TextDecoder` does) a slice at a
 * time, calling `pause` between slices, so that 20 MB is not one long task; a character split
 * between slices is decoded whole.
 */
export async function decodeUtf8InSlices(
  bytes: ArrayBuffer | Uint8Array,
  sliceBytes = DECODE_SLICE_BYTES,
  pause: () => Promise<void> = yieldToPage,
): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let start = 0; start < view.length; start += sliceBytes) {
    if (start > 0) await pause();
    pieces.push(decoder.decode(view.subarray(start, start + sliceBytes), { stream: true }));
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}
