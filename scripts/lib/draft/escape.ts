// Untrusted text in an MDX body must stay text. MDX treats `{` as JavaScript, `<` as JSX and a
// line starting with `import`/`export` as an ES module, and Markdown gives meaning to many other
// characters; Astro also turns quotes, `--` and `...` into typographic ones. A backslash before an
// ASCII punctuation character makes it literal in CommonMark and MDX, and the parser leaves escaped
// characters out of smart punctuation, so the page shows exactly what the customer typed.
import { toSingleLine } from './text.ts';

// Characters that start syntax somewhere in MDX/GFM, or that smart punctuation rewrites.
const SYNTAX = /[\\`*_{}[\]<>#|&~'"]/gu;
// Runs of dashes or dots become en/em dashes and ellipses unless escaped.
const DASH_OR_DOT_RUN = /-{2,}|\.{2,}/gu;
// GFM still links bare web and e-mail addresses (harmless: http(s) and mailto only); escaping their
// trigger keeps the link from swallowing an escaped character that follows it, as in "<https://x>".
const AUTOLINK_TRIGGER = /:(?=\/\/)|(?<=\bwww)\.|@/giu;
// Markers that only mean something at the start of a line: list items, ordered lists.
const LEADING_MARKER = /^([-+=])|^(\d{1,9})([.)])/u;
const LEADING_ESM = /^(import|export)\b/u;

/**
 * `text` as one line of MDX that renders literally: every syntax character escaped, invisible and
 * direction-changing characters removed, line breaks collapsed so the text cannot start a new block.
 */
export function escapeMdxText(text: string): string {
  const escaped = toSingleLine(text)
    .replace(SYNTAX, '\\$&')
    .replace(DASH_OR_DOT_RUN, (run) => run.replace(/[-.]/gu, '\\$&'))
    .replace(AUTOLINK_TRIGGER, '\\$&')
    .replace(LEADING_MARKER, (_match, sign?: string, digits?: string, dot?: string) => (sign ? `\\${sign}` : `${digits ?? ''}\\${dot ?? ''}`));
  // A letter cannot be backslash-escaped; a character reference for the first one breaks the keyword.
  return escaped.replace(LEADING_ESM, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}
