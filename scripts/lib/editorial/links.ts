// Finds the links and images in a Markdown/MDX body, with the line and column of each.
import { remark } from 'remark';

export type BodyReference = { kind: 'link' | 'image'; url: string; line: number; column: number };

type MdNode = {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number; column: number; offset?: number } };
  children?: MdNode[];
};

const HTML_ATTRIBUTE = /<(img|a|source)\b[^>]*?\s(src|href)\s*=\s*(["'])(.*?)\3/gis;
const JSX_EXPRESSION_FREE = /[{}]/;

/** Every link and image in `body`; lines and columns are counted in the body (1-based). */
export function findBodyReferences(body: string): BodyReference[] {
  const tree = remark().parse(body) as MdNode;
  const found: BodyReference[] = [];
  walk(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if ((node.type === 'link' || node.type === 'definition') && node.url) {
      found.push({ kind: 'link', url: node.url, line: start.line, column: start.column });
    } else if (node.type === 'image' && node.url) {
      found.push({ kind: 'image', url: node.url, line: start.line, column: start.column });
    } else if (node.type === 'html' && node.value && start.offset !== undefined) {
      found.push(...htmlReferences(body, node.value, start.offset));
    }
  });
  return found;
}

function htmlReferences(body: string, html: string, offset: number): BodyReference[] {
  const found: BodyReference[] = [];
  for (const match of html.matchAll(HTML_ATTRIBUTE)) {
    const url = match[4] ?? '';
    if (url === '' || JSX_EXPRESSION_FREE.test(url)) continue;
    const { line, column } = positionAt(body, offset + match.index);
    found.push({ kind: match[1]?.toLowerCase() === 'a' ? 'link' : 'image', url, line, column });
  }
  return found;
}

/** 1-based line and column of an offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
