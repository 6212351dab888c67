// Phone numbers in the notations customers type (06-12345678, 06.12.34.56.78, +31 (0)6 …, 0031 6 …,
// (020) 123 45 67, +32 470 12 34 56, 31612345678), and the service numbers that are not personal
// data at all: 0800, 0900, 0906, 0909 and 088 in the Netherlands; 0800, 090x, 070 and 078 in
// Belgium. A company prints those on its website; redacting them would break article text.
import { digitsOf } from './checksums.ts';
import { PRIORITY, candidate, eachMatch } from './context.ts';
import type { Candidate, ScrubContext } from './types.ts';

// A run of digit groups with single separators, starting with +, 00 or 0. Every repetition needs a
// separator, so the pattern cannot backtrack exponentially.
const PHONE_RUN = /(?<!\p{N}[.,])(?<![\p{L}\p{N}+/-])(?=\+|\(?0)\+?\s?\(?\d+(?:(?:\)?(?:\s?[-./]\s?|\s)\(?|\)?\(|\))\d+)*\)?/gu;
const GROUP = /\d+\)?/gu;
// A phone number needs at most seven groups ("+31 (0)6 12 34 56 78"); more are never tried as one.
const MAX_GROUPS = 8;
// WhatsApp exports and copied contact cards drop the "+": 31612345678, 32470123456 (mobiles only;
// other eleven-digit numbers are too often something else).
const BARE_COUNTRY_MOBILE = /(?<![\p{L}\p{N}+.,/-])(?:316\d{8}|324\d{8})(?![\p{N}]|[.,]\d)/gu;

interface Group {
  start: number;
  end: number;
  /** The separator text before this group ("" for the first). */
  before: string;
}

export function findPhones(text: string, context: ScrubContext, out: Candidate[]): void {
  eachMatch(PHONE_RUN, text, (m) => findPhonesInRun(m[0], m.index, context, out));
  if (text.includes('3')) {
    eachMatch(BARE_COUNTRY_MOBILE, text, (m) => {
      if (!context.companyNumbers.has(`0${m[0].slice(2)}`)) out.push(candidate(m.index, m.index + m[0].length, 'telefoon', PRIORITY.phone));
    });
  }
}

/**
 * A run may hold a date, a time, a service number and a phone number in a row ("op 01-02-2024
 * 06 12345678"). From each group that can start a number, the longest valid number is taken; a
 * later group can start one only after a space, so "17.00" never lends its "00" to the next group.
 */
function findPhonesInRun(run: string, offset: number, context: ScrubContext, out: Candidate[]): void {
  const groups: Group[] = [];
  let previousEnd = 0;
  eachMatch(GROUP, run, (g) => {
    groups.push({ start: g.index, end: g.index + g[0].length, before: run.slice(previousEnd, g.index) });
    previousEnd = g.index + g[0].length;
  });
  let i = 0;
  while (i < groups.length) {
    const first = groups[i] as Group;
    const canStart = i === 0 || (/\s/u.test(first.before) && run[first.start] === '0');
    if (!canStart) {
      i++;
      continue;
    }
    const dateLength = dateGroupsAt(run, groups, i);
    if (dateLength > 0) {
      i += dateLength;
      continue;
    }
    const start = i === 0 ? 0 : first.before.endsWith('(') ? first.start - 1 : first.start;
    let taken = 0;
    for (let j = Math.min(groups.length, i + MAX_GROUPS) - 1; j >= i; j--) {
      const end = (groups[j] as Group).end;
      const digits = phoneDigits(run.slice(start, end));
      if (!digits) continue;
      if (!context.companyNumbers.has(digits) && !isServiceNumber(digits)) {
        out.push(candidate(offset + start, offset + end, 'telefoon', PRIORITY.phone));
      }
      taken = j - i + 1;
      break;
    }
    i += Math.max(taken, 1);
  }
}

/** 3 when groups i..i+2 are a date (12-03-2024, 1.2.24) that does not go on in the same notation, else 0. */
function dateGroupsAt(run: string, groups: readonly Group[], i: number): number {
  const [day, month, year, next] = [groups[i], groups[i + 1], groups[i + 2], groups[i + 3]];
  if (!day || !month || !year) return 0;
  const separator = month.before;
  if (!/^[-./]$/u.test(separator) || year.before !== separator) return 0;
  const text = run.slice(day.start, year.end);
  if (!/^\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})$/u.test(text)) return 0;
  const [d, m] = text.split(separator).map(Number) as [number, number];
  if (d < 1 || d > 31 || m < 1 || m > 12) return 0;
  // 06.12.34.56.78 and 06-12-34 56 78 are phone numbers written in pairs, not the date 06.12.34 and more.
  if (next && (next.before === separator || (year.end - year.start === 2 && /^\d{2}$/u.test(run.slice(next.start, next.end))))) return 0;
  return 3;
}

/**
 * The number in national form ("0612345678") when `raw` has a valid Dutch, Belgian or other
 * international phone length, else null.
 */
export function phoneDigits(raw: string): string | null {
  const international = raw.startsWith('+') || /^\(?\+|^\(?00/u.test(raw);
  let digits = digitsOf(raw.replace(/\(0\)/u, ''));
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    if (digits.startsWith('31')) return digits.length === 11 || isServiceNumber(`0${digits.slice(2)}`) ? `0${digits.slice(2)}` : null;
    if (digits.startsWith('32')) return digits.length === 10 || digits.length === 11 ? `0${digits.slice(2)}` : null;
    return digits.length >= 9 && digits.length <= 15 ? `+${digits}` : null;
  }
  if (!digits.startsWith('0') || digits.startsWith('00')) return null;
  if (/^0(?:800|90\d)/u.test(digits)) return isServiceNumber(digits) ? digits : null;
  return digits.length === 9 || digits.length === 10 ? digits : null;
}

/**
 * Whether a number in national form is a service number a company publishes: free (0800), paid
 * (0900, 0906, 0909; Belgian 0900–0909) or a company-wide number (088; Belgian 070 and 078, which
 * have nine digits where the Dutch area codes 070 and 078 have ten).
 */
export function isServiceNumber(national: string): boolean {
  const length = national.length;
  if (/^0(?:800|90[069])/u.test(national)) return length === 8 || length === 11 || length === 9;
  if (/^090[1-8]/u.test(national)) return length === 9;
  if (national.startsWith('088')) return length === 10;
  if (/^07[08]/u.test(national)) return length === 9;
  return false;
}
