// Bytes → text. The encoding comes from a byte-order mark, else from the first bytes: UTF-16
// without a BOM shows as every other byte being zero, and text that is not valid UTF-8 is taken as
// Windows-1252 (what Excel on a Dutch machine writes).
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Sniffed {
  encoding: TextEncoding;
  bom: boolean;
}

const SNIFF_BYTES = 64 * 1024;

export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.3 && evenZeros < half * 0.05) return { encoding: 'utf-16le', bom: false };
  if (half >= 2 && evenZeros > half * 0.3 && oddZeros < half * 0.05) return { encoding: 'utf-16be', bom: false };
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bom: false };
}

function isUtf8(bytes: Uint8Array): boolean {
  // A multi-byte character cut off at the end of the sample is not an error.
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if (byte >= 0xc0) {
      end -= back;
      break;
    }
    if (byte < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

export interface DecodeEvents {
  onEncoding?: (sniffed: Sniffed) => void;
  /** Called once when bytes that are not valid in the detected encoding were replaced. */
  onInvalidBytes?: () => void;
}

/** Decodes a byte stream into text chunks, sniffing the encoding from the first 64 KB. */
export async function* decodeChunks(bytes: AsyncIterable<Uint8Array>, events: DecodeEvents = {}): AsyncGenerator<string> {
  let head: Uint8Array[] = [];
  let headLength = 0;
  let decoder: { write: (chunk: Buffer) => string; end: () => string | undefined } | null = null;
  let warned = false;
  const emit = (text: string): string => {
    if (!warned && text.includes('\uFFFD')) {
      warned = true;
      events.onInvalidBytes?.();
    }
    return text;
  };
  const start = (): string => {
    const joined = Buffer.concat(head);
    head = [];
    const sniffed = sniffEncoding(joined);
    events.onEncoding?.(sniffed);
    decoder = iconv.getDecoder(sniffed.encoding, { stripBOM: true });
    return decoder.write(joined);
  };
  for await (const chunk of bytes) {
    if (decoder) {
      const text = (decoder as { write: (chunk: Buffer) => string }).write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (text) yield emit(text);
      continue;
    }
    head.push(chunk);
    headLength += chunk.byteLength;
    if (headLength >= SNIFF_BYTES) {
      const text = start();
      if (text) yield emit(text);
    }
  }
  if (!decoder) {
    const text = start();
    if (text) yield emit(text);
  }
  const rest = (decoder as unknown as { end: () => string | undefined }).end();
  if (rest) yield emit(rest);
}

/**
 * The byte stream as UTF-8, for readers that work on bytes (CSV): UTF-8 passes through without a
 * decode (byte-order mark removed, validity checked), other encodings are decoded and re-encoded.
 */
export async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>, events: DecodeEvents = {}): AsyncGenerator<Uint8Array> {
  const iterator = bytes[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.byteLength;
  }
  const joined = Buffer.concat(head);
  const sniffed = sniffEncoding(joined);
  events.onEncoding?.(sniffed);
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  if (sniffed.encoding !== 'utf-8') {
    const encodeAll = async function* (): AsyncGenerator<Uint8Array> {
      yield joined;
      yield* rest();
    };
    for await (const text of decodeChunks(encodeAll(), events)) yield Buffer.from(text, 'utf8');
    return;
  }
  // Validation only: a streaming decoder that throws on the first invalid sequence, then is dropped.
  let validator: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  const check = (chunk: Uint8Array, final: boolean): void => {
    if (!validator) return;
    try {
      validator.decode(chunk, { stream: !final });
    } catch {
      validator = null;
      events.onInvalidBytes?.();
    }
  };
  const first = sniffed.bom ? joined.subarray(3) : joined;
  check(first, done);
  if (first.byteLength > 0) yield first;
  for await (const chunk of rest()) {
    check(chunk, false);
    yield chunk;
  }
  check(new Uint8Array(0), true);
}
