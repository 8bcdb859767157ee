import type { JsonPath } from '@/lib/json-path';

/** A key written more than once in one object: the object's path, the key and how many times. */
export type DuplicateKey = { path: JsonPath; key: string; count: number };

type Frame = {
  isObject: boolean;
  /** The key or index being read, for the path of anything found inside. */
  step: string | number;
  keys: string[] | Set<string>;
  repeats: Map<string, number> | null;
};

// Most objects have a handful of keys, for which an array is cheaper than a Set; past this many a
// Set keeps an object with a hundred thousand keys linear.
const ARRAY_KEYS_MAX = 32;

/** The index just past the closing quote of the string opening at `at` (valid JSON assumed). */
function stringEnd(text: string, at: number): number {
  let end = text.indexOf('"', at + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
}

function noteKey(frame: Frame, key: string): void {
  const { keys } = frame;
  const seen = Array.isArray(keys) ? keys.includes(key) : keys.has(key);
  if (seen) {
    frame.repeats ??= new Map();
    frame.repeats.set(key, (frame.repeats.get(key) ?? 1) + 1);
  } else if (Array.isArray(keys)) {
    keys.push(key);
    if (keys.length > ARRAY_KEYS_MAX) frame.keys = new Set(keys);
  } else keys.add(key);
}

/**
 * Every key that appears more than once in the same object of `text`, which must be valid JSON
 * (JSON.parse keeps only the last, silently): in document order of the objects' ends, with the
 * object's path. Keys are compared after unescaping (`"u\u0072l"` is `"url"`). Linear in the text.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      const end = stringEnd(text, i);
      const frame = stack.at(-1);
      if (expectingKey && frame) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        noteKey(frame, key);
        frame.step = key;
      }
      i = end;
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      stack.push({ isObject: code === 0x7b, step: 0, keys: [], repeats: null });
      expectingKey = code === 0x7b;
    } else if (code === 0x7d || code === 0x5d) {
      const frame = stack.pop()!;
      if (frame.repeats) {
        const path = stack.map((outer) => outer.step);
        for (const [key, count] of frame.repeats) found.push({ path, key, count });
      }
      expectingKey = false;
    } else if (code === 0x2c) {
      const frame = stack.at(-1)!;
      if (frame.isObject) expectingKey = true;
      else frame.step = (frame.step as number) + 1;
    } else if (code === 0x3a) expectingKey = false;
    i++;
  }
  return found;
}
