// Cleaning of untrusted customer and CM text before it goes anywhere near a file: invisible and
// direction-changing characters go, line breaks become spaces, handles and scrub placeholders can
// be taken out. Everything here is plain string work; escaping for MDX lives in escape.ts.

// Bidi embeddings/overrides/isolates and marks: they can make text read differently than it is.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Zero-width and invisible fillers (ZWJ is handled separately so joined emoji survive).
const INVISIBLES = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B\u200C\u2060-\u2064\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
const LONE_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Other control characters: removed, except the line breaks and tabs that become spaces below.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;

/** The placeholders the scrubber leaves in place of personal data, e.g. "[naam]" or "[e-mail]". */
export const PLACEHOLDER_PATTERN = /\[[\p{L}\p{N} _-]{1,30}\]/gu;
const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;
const LEADING_HANDLES = /^(?:\s*@[\p{L}\p{N}_]{1,30}[\s,:]*)+/u;

/** Removes direction overrides, zero-width characters and other controls; keeps joined emoji. */
export function stripInvisible(text: string): string {
  return text.normalize('NFC').replace(BIDI_CONTROLS, '').replace(INVISIBLES, '').replace(LONE_ZWJ, '').replace(CONTROLS, '');
}

/** One line of visible text: invisible characters removed, every run of whitespace one space. */
export function toSingleLine(text: string): string {
  return stripInvisible(text.replace(LINE_BREAKS, ' ')).replace(/\s+/gu, ' ').trim();
}

export function hasPlaceholder(text: string): boolean {
  return new RegExp(PLACEHOLDER_PATTERN.source, 'u').test(text);
}

/** Drops "@handle" mentions anywhere in the text. */
export function removeHandles(text: string): string {
  return text.replace(HANDLE, '$1').replace(/\s+/gu, ' ').trim();
}

/** Drops the "@bedrijf @klant" prefix replies on X start with. */
export function removeLeadingHandles(text: string): string {
  return text.replace(LEADING_HANDLES, '');
}

export function removePlaceholders(text: string): string {
  return text
    .replace(PLACEHOLDER_PATTERN, ' ')
    .replace(/\s+([,.!?;:])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Upper-cases the first letter; shouted text (all capitals) is lower-cased first. */
export function sentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const base = shouted ? text.toLowerCase() : text;
  return base.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** Cuts text to at most `max` characters at a word boundary, without trailing punctuation. */
export function truncateAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return atWord.replace(/[\s,.;:!?–—-]+$/u, '');
}
