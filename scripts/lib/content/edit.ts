import { isMap, isScalar, parseDocument, stringify, type Node } from 'yaml';
import { splitFrontmatter } from '#core/frontmatter.ts';

type Edit = { start: number; end: number; text: string };

/**
 * Sets top-level frontmatter keys to scalar values and leaves every other byte of the file as it
 * was: the YAML Document only tells where each value sits, the text is spliced in place. Keys that
 * do not exist yet are added after `insertAfter` (or at the end of the frontmatter).
 */
export function setFrontmatterValues(
  text: string,
  values: Readonly<Record<string, string>>,
  insertAfter = 'status',
): string {
  const split = splitFrontmatter(text);
  if (!split) throw new Error('the file has no frontmatter to edit');
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error('the frontmatter is not valid YAML');
  const map = doc.contents;
  const pairOf = (key: string) => map.items.find((item) => isScalar(item.key) && item.key.value === key);
  const edits: Edit[] = [];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const range = (pairOf(key)?.value as Node | null | undefined)?.range;
    if (range) edits.push({ start: range[0], end: range[1], text: scalarText(value) });
    else missing.push(`${key}: ${scalarText(value)}`);
  }
  if (missing.length > 0) edits.push(insertion(split.yaml, pairOf(insertAfter)?.value as Node | undefined, missing));
  let yaml = split.yaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    yaml = yaml.slice(0, edit.start) + edit.text + yaml.slice(edit.end);
  }
  return text.slice(0, split.yamlOffset) + yaml + text.slice(split.yamlOffset + split.yaml.length);
}

function insertion(yaml: string, anchor: Node | undefined, lines: string[]): Edit {
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const anchorEnd = anchor?.range?.[1];
  if (anchorEnd !== undefined) {
    const lineEnd = yaml.indexOf('\n', anchorEnd);
    const at = lineEnd === -1 ? yaml.length : lineEnd + 1;
    const prefix = lineEnd === -1 ? newline : '';
    return { start: at, end: at, text: prefix + lines.map((line) => line + newline).join('') };
  }
  const prefix = yaml === '' || yaml.endsWith('\n') ? '' : newline;
  return { start: yaml.length, end: yaml.length, text: prefix + lines.map((line) => line + newline).join('') };
}

function scalarText(value: string): string {
  return stringify(value).trimEnd();
}
