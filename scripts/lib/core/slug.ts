// The one slug rule: file names of drafts and scaffolds, category pages, and the URLs the search
// index can rebuild all come from here, so the CLI and the site agree on every address.
import { foldCase } from './text/normalize.ts';

/** Titles are cut to this many characters (at a hyphen) unless a caller asks for the whole text. */
export const MAX_SLUG_LENGTH = 60;

export type SlugOptions = {
  /** Cut at a hyphen within this many characters; Infinity keeps the whole text. */
  maxLength?: number;
};

/**
 * A URL path segment from a text: case, diacritics and compatibility forms folded ("België" →
 * "belgie", "ĳs" → "ijs", "m³" → "m3"), runs of other
 * characters as one hyphen, cut at a hyphen within 60 characters ("Waar blijft mijn pakket?" →
 * "waar-blijft-mijn-pakket"). Empty when the text has no letters or digits.
 */
export function slugOf(text: string, { maxLength = MAX_SLUG_LENGTH }: SlugOptions = {}): string {
  const words = foldCase(compatible(text))
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return words.length <= maxLength ? words : words.slice(0, maxLength).replace(/-[^-]*$/u, '');
}

const ASCII_ONLY = /^[\x00-\x7f]*$/u;

/** Ligatures, full-width and superscript characters as their plain letters and digits (NFKD). */
function compatible(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize('NFKD');
}
