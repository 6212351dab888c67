// Counts text the way X (twitter-text v3) does, so a reply that fits here fits in one post.
// Kept tiny and dependency-free: the content schema and the site's reply boxes use it.

/** The longest post X accepts, in X-characters. */
export const MAX_POST_LENGTH = 280;

/** X replaces every link by a t.co link of this length, however long the original is. */
export const URL_LENGTH = 23;

// X weighs most scripts (Latin, Greek, Cyrillic, Hebrew, Arabic, ...) and some punctuation 1,
// and everything else (CJK, Hangul, emoji, symbols) 2.
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

const SCHEME_URL = /https?:\/\/[^\s<>"]+/giu;
// A bare domain such as example.nl/pad; X only links known top-level domains, approximated here by
// every two-letter country code plus the generic ones editors actually use.
const BARE_URL =
  /(?<![\p{L}\p{N}@./_-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:[a-z]{2}|com|net|org|info|biz|app|dev|online|shop|site|store|nu|eus|frl|amsterdam)(?::\d{1,5})?(?:\/[^\s<>"]*)?(?![\p{L}\p{N}_-])/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{20E3}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The length of `text` as X counts it: links 23, emoji (also joined, flags, skin tones) 2, CJK 2. */
export function countTweetLength(text: string): number {
  const normalized = text.normalize('NFC');
  const urls = findUrls(normalized);
  let length = 0;
  let cursor = 0;
  for (const url of urls) {
    length += weighPlainText(normalized.slice(cursor, url.start)) + URL_LENGTH;
    cursor = url.end;
  }
  return length + weighPlainText(normalized.slice(cursor));
}

/** Whether `text` can be posted on X as one post. */
export function fitsInPost(text: string): boolean {
  return countTweetLength(text) <= MAX_POST_LENGTH;
}

/** Start/end offsets of every link X would shorten, in order and without overlaps. */
export function findUrls(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const pattern of [SCHEME_URL, BARE_URL]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + trimTrailingPunctuation(match[0]).length;
      if (!found.some((url) => start < url.end && end > url.start)) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function trimTrailingPunctuation(url: string): string {
  const trimmed = url.replace(TRAILING_PUNCTUATION, '');
  // Keep a closing parenthesis that belongs to the link, e.g. a Wikipedia-style path.
  if (url.length > trimmed.length && url[trimmed.length] === ')' && trimmed.includes('(')) {
    return trimmed + ')';
  }
  return trimmed;
}

function weighPlainText(text: string): number {
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    length += isEmoji(segment) ? 2 : weighCodePoints(segment);
  }
  return length;
}

function isEmoji(grapheme: string): boolean {
  if (!EMOJI.test(grapheme)) return false;
  // A bare © or ® is text; only with a variation selector or keycap does X count it as emoji.
  const first = grapheme.codePointAt(0) ?? 0;
  return first > 0x10ff || /[\u{FE0F}\u{20E3}]/u.test(grapheme) || /\p{Regional_Indicator}/u.test(grapheme);
}

function weighCodePoints(grapheme: string): number {
  let length = 0;
  for (const char of grapheme) {
    const code = char.codePointAt(0) ?? 0;
    length += LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return length;
}
