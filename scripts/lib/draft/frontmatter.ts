// Reading and writing article files. Frontmatter is produced only by the `yaml` serializer with every
// string double-quoted: no value can become an anchor, alias, tag, date, number or a "---" line,
// whichever YAML parser (Astro uses js-yaml) reads it back.
import YAML from 'yaml';
import { InputError } from '../errors.ts';

const STRINGIFY_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
  minContentWidth: 0,
} as const;
const OPENING = /^\uFEFF?---[ \t]*\r?\n/u;
const CLOSING = /^---[ \t]*$/mu;

export type ArticleParts = { data: Record<string, unknown>; yaml: string; body: string };

/** `---\n<yaml>---\n\n<body>`: the layout every file the tool writes has. */
export function renderArticle(data: Record<string, unknown>, body: string): string {
  return `---\n${YAML.stringify(data, STRINGIFY_OPTIONS)}---\n\n${body}`;
}

/** Splits an article into its frontmatter data and body; names the file and line when YAML is broken. */
export function parseArticle(text: string, file: string): ArticleParts {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, yaml: '', body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new InputError('frontmatter starts with "---" but has no closing "---" line', { file, line: 1 });
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/u, '');
  const doc = YAML.parseDocument(yaml);
  const [error] = doc.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new InputError(`frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, { file, line });
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError('frontmatter must be a mapping of "key: value" lines', { file, line: 2 });
  }
  return { data: (data ?? {}) as Record<string, unknown>, yaml, body };
}

/**
 * The same article with some top-level frontmatter fields replaced. Every other byte of the
 * frontmatter (an editor's tags, comments, quoting) and the whole body stay as they were.
 */
export function replaceFrontmatterFields(text: string, file: string, fields: Record<string, unknown>): string {
  const { yaml } = parseArticle(text, file);
  const doc = YAML.parseDocument(yaml);
  for (const [key, value] of Object.entries(fields)) {
    doc.set(key, doc.createNode(value));
  }
  const start = OPENING.exec(text)?.[0].length ?? 0;
  return `${text.slice(0, start)}${doc.toString(STRINGIFY_OPTIONS)}${text.slice(start + yaml.length)}`;
}
