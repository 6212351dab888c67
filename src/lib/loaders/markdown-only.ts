// FAQ bodies are rendered as plain Markdown (CommonMark + GFM), not MDX. Two things would change
// meaning on the way: raw HTML or JSX tags, which a Markdown renderer copies into the page as
// markup (customer text pasted unescaped must never become markup), and import/export lines, which
// only mean something in MDX and would otherwise be published as text. Both are refused with the
// line they are on; everything else, `{braces}` included, simply renders as text.
import { remark } from 'remark';

export type MdxSyntaxProblem = { line: number; message: string };

type MdNode = {
  type: string;
  value?: string;
  position?: { start: { line: number; offset?: number } };
  children?: MdNode[];
};

// Cheap pre-checks, so the common body (no tags, no ESM-looking line) is never parsed twice.
// A `<` counts as unescaped when an even number of backslashes (zero included) precedes it.
const UNESCAPED_ANGLE = /(?<!\\)(?:\\\\)*</u;
const ESM_LINE = /^[ \t]*(?:import|export)\b/mu;
const ESM_START = /^[ \t]*(import|export)(?=[\s{*]|$)/u;

const parser = remark();

/**
 * Problems in a Markdown body that only MDX would accept, the first one of each line, in line
 * order. Lines count from 1 at the start of `body`.
 */
export function findMdxSyntax(body: string): MdxSyntaxProblem[] {
  if (!UNESCAPED_ANGLE.test(body) && !ESM_LINE.test(body)) return [];
  const root = parser.parse(body) as MdNode;
  const problems: MdxSyntaxProblem[] = [];
  for (const node of root.children ?? []) {
    const esm = node.type === 'paragraph' ? esmKeyword(body, node) : undefined;
    if (esm) problems.push({ line: lineOf(node), message: esmMessage(esm) });
  }
  walk(root, (node) => {
    if (node.type === 'html') problems.push({ line: lineOf(node), message: htmlMessage(node.value ?? '') });
  });
  return onePerLine(problems);
}

// --- internal ---

function esmKeyword(body: string, paragraph: MdNode): string | undefined {
  const offset = paragraph.position?.start.offset;
  if (offset === undefined) return undefined;
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = body.indexOf('\n', offset);
  return ESM_START.exec(body.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))?.[1];
}

function onePerLine(problems: MdxSyntaxProblem[]): MdxSyntaxProblem[] {
  const byLine = new Map<number, MdxSyntaxProblem>();
  for (const problem of problems) if (!byLine.has(problem.line)) byLine.set(problem.line, problem);
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function lineOf(node: MdNode): number {
  return node.position?.start.line ?? 1;
}

function esmMessage(keyword: string): string {
  return `an "${keyword}" line is MDX, but FAQ articles are plain Markdown: remove it, or start the sentence differently`;
}

function htmlMessage(html: string): string {
  const text = html.trim();
  const name = /^<\/?[A-Za-z][\w.:-]*/u.exec(text)?.[0];
  const what = !name ? 'an HTML comment or declaration' : /^<\/?[A-Z]/u.test(name) ? 'a component' : 'an HTML tag';
  const shown = name ? `${name}>` : text.slice(0, 4);
  return `${what} (${shown}) is not allowed in FAQ articles, which are plain Markdown: write \\< for a literal "<"`;
}
