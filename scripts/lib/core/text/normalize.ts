// Case and diacritic folding plus removal of everything that is not words: handles, URLs, e-mail
// addresses, emoji, hashtags' "#", and the typed placeholders the scrubber leaves ([e-mail], [iban]).

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|com|org|net|be|eu|io|ly|co)(?:\/\S*)?/gu;
const EMAIL_PATTERN = /[^\s@]+@[^\s@]+\.[^\s@]+/gu;
const HANDLE_PATTERN = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const PLACEHOLDER_PATTERN = /\[[\p{L}\p{N} _-]{1,30}\]/gu;
const RETWEET_PREFIX = /^rt\s*:?\s*/u;
const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter, digit or inner apostrophe becomes a space.
const NON_WORD = /[^\p{L}\p{N}']+/gu;
const STRAY_APOSTROPHES = /(^|\s)'+|'+(?=\s|$)/gu;
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };
const SPECIAL_PATTERN = /[ßæøœłđı]/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/u;

/** Folds case and diacritics: "Één Ärger" → "een arger". */
export function foldCase(text: string): string {
  // Most webcare text is plain ASCII: nothing to decompose.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/**
 * The text as plain lower-case words separated by single spaces: no handles, URLs, e-mail
 * addresses, emoji, punctuation or scrub placeholders. Digits are kept ("2 dagen", "0800").
 */
export function normalize(text: string): string {
  let stripped = text.includes('[') ? text.replace(PLACEHOLDER_PATTERN, ' ') : text;
  if (stripped.includes('@')) stripped = stripped.replace(EMAIL_PATTERN, ' ').replace(HANDLE_PATTERN, '$1 ');
  const folded = foldCase(stripped);
  return (folded.includes('.') ? folded.replace(URL_PATTERN, ' ') : folded)
    .replace(RETWEET_PREFIX, '')
    .replace(/[’‘`´]/gu, "'")
    .replace(NON_WORD, ' ')
    .replace(STRAY_APOSTROPHES, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
