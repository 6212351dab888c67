// Applies what an editor changed in the browser to the file on disk, and nothing else. The CMS sends
// a whole re-serialised file; writing that would reformat every line. Instead each top-level
// frontmatter key whose value really changed is rewritten in place, the body is replaced only when
// its text changed, and read-only keys (what mining wrote, the draft's fingerprint) are never
// touched, so `draft` keeps recognising an untouched draft and a diff shows exactly the edit.
import YAML, { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { splitFrontmatter } from '#core/frontmatter.ts';
import { formatAmsterdamIso } from '../editorial/index.ts';

export type EditedEntry = { data: Record<string, unknown>; body: string };

export type MergeOptions = {
  /** Top-level keys that hold a date-time: written as Amsterdam time with its offset. */
  dateFields: ReadonlySet<string>;
  /** Keys the editor may never change (kept as they are on disk, never added). */
  readOnly: readonly string[];
};

const STRINGIFY = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
  minContentWidth: 0,
} as const;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Splits a file the CMS sent ("---\nyaml---\nbody") into data and body. */
export function readEditedFile(raw: string): EditedEntry {
  const split = splitFrontmatter(raw);
  if (!split) return { data: {}, body: raw };
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) throw new Error(`the editor sent frontmatter that is not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const data: unknown = doc.toJS();
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: split.body };
}

/** The file with the edit applied: `original` undefined means a new file. */
export function mergeEdit(original: string | undefined, edited: EditedEntry, options: MergeOptions): string {
  if (original === undefined) return newFile(edited, options);
  const split = splitFrontmatter(original);
  if (!split) throw new Error('the file on disk has no frontmatter; fix it by hand first');
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error('the frontmatter on disk is not valid YAML; fix it by hand first');
  const onDisk = (doc.toJS() ?? {}) as Record<string, unknown>;
  const items = doc.contents.items;
  const starts = items.map((item) => (item.key as Node | null)?.range?.[0] ?? 0);
  const edits: { start: number; end: number; text: string }[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(edited.data)) {
    if (key === 'body' || options.readOnly.includes(key)) continue;
    const index = items.findIndex((item) => isScalar(item.key) && String(item.key.value) === key);
    if (index === -1) {
      if (!isEmpty(value)) added.push(pairText(key, value, options));
      continue;
    }
    if (sameValue(onDisk[key], value)) continue;
    const start = starts[index]!;
    const end = starts[index + 1] ?? split.yaml.length;
    edits.push({ start, end, text: isEmpty(value) ? '' : pairText(key, value, options) });
  }
  let yaml = split.yaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    const keepsNewline = yaml.slice(edit.start, edit.end).endsWith('\n') || edit.text === '';
    yaml = yaml.slice(0, edit.start) + (keepsNewline ? edit.text : edit.text.replace(/\n$/, '')) + yaml.slice(edit.end);
  }
  if (added.length > 0) yaml = `${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : '\n'}${added.join('')}`;
  const head = original.slice(0, split.yamlOffset) + yaml + original.slice(split.yamlOffset + split.yaml.length, original.length - split.body.length);
  return head + mergeBody(split.body, edited.body);
}

/** Plain JSON-like values with every date as its instant, for comparing what disk and editor hold. */
export function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' && ISO_DATE_TIME.test(value.trim())) return new Date(value.trim()).getTime();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => !isEmpty(item))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

// --- internal ---

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function pairText(key: string, value: unknown, options: MergeOptions): string {
  if (options.dateFields.has(key)) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (!Number.isNaN(date.getTime())) return `${key}: ${formatAmsterdamIso(date)}\n`;
  }
  return YAML.stringify({ [key]: withAmsterdamDates(value) }, STRINGIFY);
}

/** Nested date-times (a broadcast's updates[].at) as Amsterdam time with offset. */
function withAmsterdamDates(value: unknown): unknown {
  if (value instanceof Date) return formatAmsterdamIso(value);
  if (typeof value === 'string' && ISO_DATE_TIME.test(value.trim())) return formatAmsterdamIso(new Date(value.trim()));
  if (Array.isArray(value)) return value.map(withAmsterdamDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => !isEmpty(item))
        .map(([key, item]) => [key, withAmsterdamDates(item)]),
    );
  }
  return value;
}

function mergeBody(onDisk: string, edited: string): string {
  const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  if (normalize(onDisk) === normalize(edited)) return onDisk;
  const prefix = /^\s*/.exec(onDisk)?.[0].replace(/[^\n]/g, '') ?? '';
  const newline = onDisk.includes('\r\n') ? '\r\n' : '\n';
  return `${prefix}${normalize(edited)}\n`.replace(/\n/g, newline);
}

function newFile(edited: EditedEntry, options: MergeOptions): string {
  const yaml = Object.entries(edited.data)
    .filter(([key, value]) => key !== 'body' && !options.readOnly.includes(key) && !isEmpty(value))
    .map(([key, value]) => pairText(key, value, options))
    .join('');
  return `---\n${yaml}---\n\n${edited.body.replace(/\r\n?/g, '\n').trim()}\n`;
}
