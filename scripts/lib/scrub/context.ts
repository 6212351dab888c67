// Small helpers the detectors share.
import type { Candidate, PiiType } from './types.ts';

/** Lower-cased text just before `start`, for "a number next to the word BSN" rules. */
export function textBefore(text: string, start: number, length: number): string {
  return text.slice(Math.max(0, start - length), start).toLowerCase();
}

/** Runs a global regex over the text and hands every match to `visit`. */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void, from = 0): void {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex = nextCodePoint(text, pattern.lastIndex);
      continue;
    }
    visit(match);
  }
}

/** The index after the code point at `index` (a regex with the u flag cannot restart inside a surrogate pair). */
export function nextCodePoint(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

export function candidate(start: number, end: number, type: PiiType, priority: number): Candidate {
  return { start, end, type, priority };
}

/** Priorities: when two detections overlap, the higher one wins (then the longer one). */
export const PRIORITY = {
  url: 95,
  email: 90,
  handle: 85,
  iban: 80,
  card: 75,
  rijksregister: 72,
  bsnContext: 71,
  phone: 70,
  dateOfBirth: 65,
  orderNumber: 62,
  bsn: 60,
  postcode: 55,
  plate: 52,
  address: 50,
  name: 30,
} as const;
