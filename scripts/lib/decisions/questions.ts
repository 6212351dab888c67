// An article's `questions` set to a new list, every other byte of the file as it was. The list is
// rewritten in place, in its own style (block items at their indentation, or a flow list), so an
// editor's flow lists elsewhere ("tags: [a, b]") keep their spacing and an undo gives the file back
// exactly. What it cannot rewrite in place goes through replaceFrontmatterFields.
import YAML, { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseArticle, replaceFrontmatterFields } from '../draft/frontmatter.ts';

const OPENING = /^\uFEFF?---[ \t]*\r?\n/u;
const QUOTED = { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0, minContentWidth: 0 } as const;

export function setQuestions(text: string, file: string, questions: readonly string[]): string {
  const rewritten = inPlace(text, file, questions);
  const written =
    rewritten !== undefined && sameQuestions(rewritten, file, questions) ? rewritten : replaceFrontmatterFields(text, file, { questions: [...questions] });
  return written;
}

// --- internal ---

function inPlace(text: string, file: string, questions: readonly string[]): string | undefined {
  const { yaml } = parseArticle(text, file);
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const items = questions.map((question) => YAML.stringify(question, QUOTED).trimEnd());
  const splice = (from: number, to: number, insert: string) => `${text.slice(0, start + from)}${insert}${text.slice(start + to)}`;
  const doc = YAML.parseDocument(yaml);
  const map = doc.contents;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'questions');
  if (!pair) {
    if (questions.length === 0) return text;
    const end = yaml.length === 0 || yaml.endsWith('\n') ? yaml.length : undefined;
    if (end === undefined) return undefined;
    return splice(end, end, `questions:${eol}${items.map((item) => `  - ${item}`).join(eol)}${eol}`);
  }
  const value = pair.value as Node | null;
  const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
  if (!isSeq(value) || !value.range || !keyRange) return undefined;
  const [from, to] = value.range;
  const old = yaml.slice(from, to);
  const tail = /\s*$/u.exec(old)?.[0] ?? '';
  if (questions.length === 0) return splice(keyRange[1], to, `: []${value.flow ? '' : tail}`);
  if (value.flow) return splice(from, to, `[${items.join(', ')}]`);
  const lineStart = yaml.lastIndexOf('\n', from - 1) + 1;
  const indent = yaml.slice(lineStart, from);
  if (!/^[ \t]*$/u.test(indent)) return undefined;
  return splice(from, to, `${items.map((item, at) => `${at === 0 ? '' : indent}- ${item}`).join(eol)}${tail}`);
}

function sameQuestions(text: string, file: string, questions: readonly string[]): boolean {
  try {
    const { data } = parseArticle(text, file);
    const found = data['questions'] ?? [];
    return Array.isArray(found) && found.length === questions.length && found.every((question, at) => question === questions[at]);
  } catch {
    return false;
  }
}
