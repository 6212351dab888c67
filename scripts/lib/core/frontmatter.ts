// Frontmatter of content files, for the CLI and the site alike: split "---" blocks, read the YAML
// with one engine (the `yaml` package, browser-safe) and validate it against the collection schemas.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { collectionSchemas, type CollectionName } from './content.ts';

export type YamlPath = readonly PropertyKey[];

export type FrontmatterText = {
  /** The frontmatter as plain data, before schema validation; undefined when it cannot be read. */
  frontmatter: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be read, with the line in the file. */
  frontmatterError: { message: string; line: number } | undefined;
  body: string;
  /** The 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The 1-based line in the file of a frontmatter key (or array item); the nearest known parent otherwise. */
  lineOf: (path: YamlPath) => number;
};

type Split = { yaml: string; yamlOffset: number; yamlLine: number; body: string; bodyLine: number };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t\r]*$/m;

/**
 * The frontmatter of an MDX/Markdown file as plain data (YAML 1.2, dates stay strings for the
 * schema to coerce), its body, and the line of every key; or why it cannot be read, with the line.
 */
export function readFrontmatter(text: string): FrontmatterText {
  const split = splitFrontmatter(text);
  if (!split) {
    return {
      frontmatter: undefined,
      frontmatterError: { message: 'the file does not start with frontmatter between two "---" lines', line: 1 },
      body: text,
      bodyLine: 1,
      lineOf: () => 1,
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + split.yamlLine - 1;
  const common = { body: split.body, bodyLine: split.bodyLine };
  const [error] = doc.errors;
  if (error) {
    return {
      ...common,
      frontmatter: undefined,
      frontmatterError: yamlProblem(error.code, error.message, split.yaml, toFileLine(error.pos[0]), split.yamlLine),
      lineOf: () => split.yamlLine - 1,
    };
  }
  const data: unknown = doc.toJS();
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return {
      ...common,
      frontmatter: undefined,
      frontmatterError: { message: 'the frontmatter must be a list of "key: value" lines', line: split.yamlLine },
      lineOf: () => split.yamlLine - 1,
    };
  }
  return {
    ...common,
    frontmatter: (data ?? {}) as Record<string, unknown>,
    frontmatterError: undefined,
    lineOf: (path) => lineOfPath(doc, path, toFileLine, split.yamlLine - 1),
  };
}

/** Splits "---\nyaml\n---\nbody" and remembers on which lines the YAML and the body start. */
export function splitFrontmatter(text: string): Split | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const yamlLine = 2;
  return { yaml, yamlOffset: opening[0].length, yamlLine, body: afterClosing, bodyLine: yamlLine + countLines(yaml) + 1 };
}

function lineOfPath(doc: Document, path: YamlPath, toFileLine: (offset: number) => number, fallback: number): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (!next) break;
    line = toFileLine(next.at);
    node = next.node;
  }
  return line;
}

/** The child node for a key or index, and the offset of its key (maps) or item (sequences). */
function childOf(node: unknown, segment: PropertyKey): { node: unknown; at: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    const start = (pair?.key as Node | undefined)?.range?.[0];
    return pair && start !== undefined ? { node: pair.value, at: start } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    const start = item?.range?.[0];
    return item && start !== undefined ? { node: item, at: start } : undefined;
  }
  return undefined;
}

/** YAML's messages in editor terms, on the line where the mistake is rather than where YAML gave up. */
function yamlProblem(code: string, message: string, yaml: string, line: number, yamlLine: number): { message: string; line: number } {
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const opened = yaml.split('\n').findIndex((text) => unclosedQuote(text));
    return {
      message: 'a text starts with a quote (") but the closing quote is missing; end the text with the same quote',
      line: opened >= 0 ? yamlLine + opened : line,
    };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || /mapping/i.test(message)) {
    return { message: 'this line has a colon followed by a space inside a text; put the whole text between quotes ("...")', line };
  }
  return { message: `the frontmatter is not valid YAML: ${firstLine(message)}`, line };
}

function unclosedQuote(line: string): boolean {
  const match = /^\s*(?:-\s+|[\w-]+:\s+)(["'])(.*)$/.exec(line);
  if (!match) return false;
  const [, quote, rest = ''] = match;
  return !rest.trimEnd().endsWith(quote ?? '"');
}

function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Readable zod issues: "title: a title is required; tags.0: expected string". */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(frontmatter)'}: ${issue.message}`).join('; ');
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Validates frontmatter and names the file in the message, for the CLI and for tests. */
export function parseFrontmatter<N extends CollectionName>(collection: N, data: unknown, file: string): ParseResult<z.output<(typeof collectionSchemas)[N]>> {
  const result = collectionSchemas[collection].safeParse(data);
  if (result.success) return { ok: true, data: result.data as z.output<(typeof collectionSchemas)[N]> };
  return { ok: false, message: `${file}: invalid ${collection} frontmatter: ${formatIssues(result.error)}` };
}
