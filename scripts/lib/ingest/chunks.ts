// Helpers for async streams of text chunks.

/** Reads at least `minLength` characters (or everything) and returns them plus a stream of the whole text. */
export async function peekText(chunks: AsyncIterable<string>, minLength: number): Promise<{ head: string; all: AsyncIterable<string> }> {
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
  return { head, all: all() };
}

export async function* fromStrings(...texts: string[]): AsyncGenerator<string> {
  for (const text of texts) yield text;
}
