// Streams the elements of one array inside a large JSON document (an X archive's tweets.js, a
// Facebook thread's messages[], a helpdesk export's tickets[]) without parsing the whole file: a
// small scanner finds where each element starts and ends, and only that slice goes to JSON.parse.

export type JsonItem = { line: number; value: unknown } | { line: number; error: string };

/** Whether a text (without leading white space) opens a JSON object or array. */
export const opensJson = (text: string): boolean => text.startsWith('{') || text.startsWith('[');

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
  // Paths deeper than any wanted one are never compared, so they are not built: a file of a million
  // "[" would otherwise hold a million paths of up to a million keys each.
  const deepest = Math.max(0, ...paths.map((path) => path.length));
  const stack: Frame[] = [];
  let line = 1;
  let inString = false;
  let escaped = false;
  let started = false;
  let finished = false;
  let targetDepth = -1;
  let found = false;
  // Text of the element being read and of the string being read, kept as pieces of the chunks they
  // span: joining once at the end is linear, appending every chunk to one growing string is not.
  let elementStart = -1;
  let elementLine = 0;
  let elementParts: string[] = [];
  let stringStart = -1;
  let stringParts: string[] = [];

  const endElement = function* (chunk: string, end: number): Generator<JsonItem> {
    elementParts.push(chunk.slice(elementStart, end));
    const text = elementParts.join('').trim();
    elementParts = [];
    elementStart = -1;
    if (text === '') return;
    try {
      yield { line: elementLine, value: JSON.parse(text) as unknown };
    } catch {
      yield { line: elementLine, error: 'this element is not valid JSON' };
    }
  };

  for await (const chunk of chunks) {
    for (let pos = 0; pos < chunk.length && !finished; pos++) {
      const char = chunk[pos] as string;
      if (char === '\n') line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') {
          inString = false;
          if (stringStart !== -1) {
            stringParts.push(chunk.slice(stringStart, pos + 1));
            const top = stack[stack.length - 1];
            if (top) top.key = safeKey(stringParts.join(''));
            stringParts = [];
            stringStart = -1;
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
          // Only keys near the top can name the wanted array; other strings are not collected.
          if (top?.kind === 'object' && top.expectKey && stack.length - 1 <= Math.max(targetDepth, 2)) stringStart = pos;
          break;
        case '{':
        case '[': {
          const path = !top ? [] : top.path.length > deepest || top.path === TOO_DEEP ? TOO_DEEP : [...top.path, top.kind === 'object' ? (top.key ?? '') : '*'];
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
          if (stack.length - 1 === targetDepth && elementStart !== -1) yield* endElement(chunk, pos);
          break;
        case '}':
        case ']':
          if (stack.length - 1 === targetDepth) {
            if (elementStart !== -1) yield* endElement(chunk, pos);
            targetDepth = -1;
          }
          stack.pop();
          if (stack.length === 0) finished = true;
          break;
        default:
          break;
      }
    }
    // Keep what an unfinished element or key still needs; the next chunk continues at its start.
    if (elementStart !== -1) {
      elementParts.push(chunk.slice(elementStart));
      elementStart = 0;
    }
    if (stringStart !== -1) {
      stringParts.push(chunk.slice(stringStart));
      stringStart = 0;
    }
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

const TOO_DEEP: string[] = ['\u0000too deep'];

function safeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return '';
  }
}
