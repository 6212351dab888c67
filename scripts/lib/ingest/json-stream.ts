// Streams the elements of one array inside a large JSON document (an X archive's tweets.js, a
// Facebook thread's messages[], a helpdesk export's tickets[]) without parsing the whole file: a
// small scanner finds where each element starts and ends, and only that slice goes to JSON.parse.

export type JsonItem = { line: number; value: unknown } | { line: number; error: string };

interface Frame {
  kind: 'object' | 'array';
  path: string[];
  /** In an object: the key being read or the last key seen. */
  key: string | null;
  expectKey: boolean;
}

/**
 * Yields the elements of the first array found at one of `paths` (keys from the root; [] is a root
 * array). Text before the first `[` or `{` (the `window.YTD.tweets.part0 =` wrapper) is skipped.
 */
export async function* jsonArrayItems(chunks: AsyncIterable<string>, paths: readonly (readonly string[])[]): AsyncGenerator<JsonItem> {
  const wanted = new Set(paths.map((path) => path.join('\u0000')));
  const stack: Frame[] = [];
  let buffer = '';
  let pos = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let started = false;
  let finished = false;
  let targetDepth = -1;
  let elementStart = -1;
  let elementLine = 0;
  let found = false;

  const endElement = function* (end: number): Generator<JsonItem> {
    const text = buffer.slice(elementStart, end).trim();
    elementStart = -1;
    if (text === '') return;
    try {
      yield { line: elementLine, value: JSON.parse(text) as unknown };
    } catch {
      yield { line: elementLine, error: 'this element is not valid JSON' };
    }
  };

  for await (const chunk of chunks) {
    buffer += chunk;
    for (; pos < buffer.length && !finished; pos++) {
      const char = buffer[pos] as string;
      if (char === '\n') line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') {
          inString = false;
          const top = stack[stack.length - 1];
          if (top?.kind === 'object' && top.expectKey && stack.length - 1 <= Math.max(targetDepth, 2)) {
            top.key = safeKey(buffer.slice(stringStart, pos + 1));
          }
        }
        continue;
      }
      if (!started) {
        if (char !== '[' && char !== '{') continue;
        started = true;
      }
      const top = stack[stack.length - 1];
      if (top && stack.length - 1 === targetDepth && elementStart === -1 && !/[\s,\]]/u.test(char)) {
        elementStart = pos;
        elementLine = line;
      }
      switch (char) {
        case '"':
          inString = true;
          stringStart = pos;
          break;
        case '{':
        case '[': {
          const path = top ? [...top.path, top.kind === 'object' ? (top.key ?? '') : '*'] : [];
          stack.push({ kind: char === '{' ? 'object' : 'array', path, key: null, expectKey: char === '{' });
          if (char === '[' && targetDepth === -1 && !found && wanted.has(path.join('\u0000'))) {
            targetDepth = stack.length - 1;
            found = true;
          }
          break;
        }
        case ':':
          if (top?.kind === 'object') top.expectKey = false;
          break;
        case ',':
          if (top?.kind === 'object') top.expectKey = true;
          if (stack.length - 1 === targetDepth && elementStart !== -1) yield* endElement(pos);
          break;
        case '}':
        case ']':
          if (stack.length - 1 === targetDepth) {
            if (elementStart !== -1) yield* endElement(pos);
            targetDepth = -1;
          }
          stack.pop();
          if (stack.length === 0) finished = true;
          break;
        default:
          break;
      }
    }
    // Keep only what an unfinished element (or string key) still needs.
    const keepFrom = elementStart !== -1 ? elementStart : inString ? stringStart : pos;
    buffer = buffer.slice(keepFrom);
    pos -= keepFrom;
    if (elementStart !== -1) elementStart = 0;
    if (inString) stringStart -= keepFrom;
    if (finished) break;
  }
  if (elementStart !== -1) {
    yield { line: elementLine, error: 'the file ends in the middle of this element (truncated JSON?)' };
  } else if (!started) {
    yield { line: 1, error: 'no JSON found' };
  } else if (!found) {
    yield { line: 1, error: `no array at ${paths.map((path) => (path.length ? path.join('.') : 'the top level')).join(' or ')}` };
  } else if (!finished) {
    yield { line, error: 'the file ends before the JSON is closed (truncated JSON?)' };
  }
}

function safeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return '';
  }
}
