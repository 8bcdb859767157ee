/** The Unicode encodings a text file can be in; JSON must be UTF-8 (RFC 8259 §8.1). */
export type UnicodeEncoding =
  | 'UTF-8'
  | 'UTF-16 (little-endian)'
  | 'UTF-16 (big-endian)'
  | 'UTF-32 (little-endian)'
  | 'UTF-32 (big-endian)';

/**
 * The encoding of a text file, from its first bytes: a byte-order mark, or else the pattern of zero
 * bytes that an ASCII first character (every JSON text starts with one) leaves in UTF-16 and UTF-32.
 * Anything else, including an empty file, is taken for UTF-8.
 */
export function detectUnicodeEncoding(bytes: Uint8Array): UnicodeEncoding {
  const [b0 = -1, b1 = -1, b2 = -1, b3 = -1] = bytes.subarray(0, 4);
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'UTF-32 (little-endian)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16 (little-endian)';
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 > 0) return 'UTF-32 (big-endian)';
  if (b0 > 0 && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'UTF-32 (little-endian)';
  if (b0 === 0x00 && b1 > 0) return 'UTF-16 (big-endian)';
  if (b0 > 0 && b1 === 0x00) return 'UTF-16 (little-endian)';
  return 'UTF-8';
}

/** How many continuation bytes follow a lead byte, and the range the first of them must be in. */
function utf8Sequence(lead: number): { length: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 2, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 2, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 3, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 3, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 3, low: 0x80, high: 0xbf };
  return null;
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates and
 * code points past U+10FFFF included, as TextDecoder's fatal mode refuses them), or -1 when all are.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const sequence = utf8Sequence(lead);
    if (!sequence) return i;
    for (let k = 1; k <= sequence.length; k++) {
      const byte = bytes[i + k];
      const [low, high] = k === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += sequence.length + 1;
  }
  return -1;
}
