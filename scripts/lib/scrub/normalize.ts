// A matching view of the text: invisible characters removed and look-alike characters folded, so
// "06\u200B1234\u200B5678" or full-width "０６１２３４５６７８" are found like plain digits. The
// offset map turns every span found in the view back into offsets of the original text.

// Zero-width and direction marks, soft hyphen, variation selectors and the keycap combiner.
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFE0E\uFE0F\u20E3]/u;
const NEEDS_WORK = /[\u00A0\u00AD\u034F\u180E\u2000-\u200F\u2010-\u2015\u202A-\u202F\u205F-\u2064\u3000\uFEFF\uFE0E\uFE0F\u20E3\uFF01-\uFF5E]/u;

export interface MatchingView {
  text: string;
  /** `map[i]` is the original offset of view character i; `map[text.length]` is the original length. Null when identical. */
  map: number[] | null;
}

export function matchingView(input: string): MatchingView {
  if (!NEEDS_WORK.test(input)) return { text: input, map: null };
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const char = input[i] as string;
    if (INVISIBLE.test(char)) continue;
    text += foldChar(char);
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Full-width ASCII (digits, letters, @, +, -) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Dashes and hyphens → "-".
  if (code >= 0x2010 && code <= 0x2015) return '-';
  // Every other space-like character → " ".
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  return char;
}

/** Original [start, end) of a view span: invisible characters inside it are covered too. */
export function toOriginal(view: MatchingView, start: number, end: number): { start: number; end: number } {
  if (!view.map) return { start, end };
  const originalStart = view.map[start] as number;
  const originalEnd = end > start ? (view.map[end - 1] as number) + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}
