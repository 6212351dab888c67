// A small, dependency-free 64-bit FNV-1a hash. It only has to notice changes (an editor touching a
// draft) and spread cluster ids over short links, not resist attackers, and scripts/lib stays free
// of node:crypto so the same code runs anywhere.
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

export function fnv1a64(text: string): bigint {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash;
}

/**
 * The fingerprint of what the draft tool wrote: title and body, line endings and surrounding
 * whitespace normalised so that an editor's editor re-saving the file does not count as an edit.
 */
export function contentHash(title: string, body: string): string {
  const normalizedBody = body.replace(/\r\n?/gu, '\n').trim();
  return `fnv1a64:${fnv1a64(`${title.trim()}\u0000${normalizedBody}`).toString(16).padStart(16, '0')}`;
}
