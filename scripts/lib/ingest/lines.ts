// Text chunks → numbered lines, without ever holding more than one line (plus a chunk) in memory.

export interface TextLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** Set when the line was longer than the limit; `text` is then empty. */
  tooLong?: boolean;
}

export async function* splitLines(chunks: AsyncIterable<string>, maxLength = 4_000_000): AsyncGenerator<TextLine> {
  let pending = '';
  let line = 1;
  let skipping = false;
  for await (const chunk of chunks) {
    let from = 0;
    let newline = chunk.indexOf('\n');
    while (newline !== -1) {
      if (skipping) {
        skipping = false;
      } else {
        const text = pending + chunk.slice(from, newline);
        yield { line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
      }
      pending = '';
      line++;
      from = newline + 1;
      newline = chunk.indexOf('\n', from);
    }
    if (skipping) continue;
    pending += chunk.slice(from);
    if (pending.length > maxLength) {
      yield { line, text: '', tooLong: true };
      pending = '';
      skipping = true;
    }
  }
  if (!skipping && pending !== '') yield { line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}
