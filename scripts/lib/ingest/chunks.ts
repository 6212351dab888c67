// Helpers for async streams of text chunks.

/**
 * Reads at least `minLength` characters (or everything) and returns them plus a stream of the whole
 * text; `close` releases the source when the stream will not be read.
 */
export async function peekText(
  chunks: AsyncIterable<string>,
  minLength: number,
): Promise<{ head: string; all: AsyncIterable<string>; close: () => Promise<void> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (head.length < minLength) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
  }
  async function* all(): AsyncGenerator<string> {
    if (head) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const close = async (): Promise<void> => {
    if (!done) await iterator.return?.();
  };
  return { head, all: all(), close };
}

/** Reads at least `minLength` bytes (or everything) and returns them plus a stream of all the bytes. */
export async function peekBytes(chunks: AsyncIterable<Uint8Array>, minLength: number): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < minLength) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    length += next.value.byteLength;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* parts;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(parts), all: all() };
}
