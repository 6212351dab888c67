// IBANs, payment card numbers, BSNs and Belgian national register numbers.
import { IBAN_LENGTHS, digitsOf, isValidBsn, isValidIban, isValidLuhn, isValidRijksregister } from './checksums.ts';
import { PRIORITY, candidate, eachMatch, textBefore } from './context.ts';
import { isServiceNumber } from './phones.ts';
import type { Candidate } from './types.ts';

const IBAN_START = /(?<![\p{L}\p{N}])([a-z]{2})[\s-]?\d{2}(?=[\s-]?[a-z0-9])/giu;
const IBAN_CONTEXT = /(?:rekening|reknr|rek\.|iban|bank|account|terugstort|overmaken|gestort|t\.n\.v)/u;
const NL_IBAN_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/u;

export function findIbans(text: string, out: Candidate[]): void {
  eachMatch(IBAN_START, text, (m) => {
    const country = (m[1] as string).toUpperCase();
    const expected = IBAN_LENGTHS[country];
    if (expected === undefined) return;
    const bodyStart = m.index + m[0].length;
    const nearContext = IBAN_CONTEXT.test(textBefore(text, m.index, 60));
    const exact = walkAlphanumeric(text, bodyStart, expected - 4);
    if (exact && isIbanBody(exact.chars)) {
      const compact = country + digitsOf(m[0]) + exact.chars;
      if (isValidIban(compact) || nearContext || NL_IBAN_SHAPE.test(compact.toUpperCase())) {
        out.push(candidate(m.index, exact.end, 'iban', PRIORITY.iban));
        return;
      }
    }
    if (nearContext) {
      // A mistyped IBAN next to "rekeningnummer": take the run of digit groups that follows.
      const loose = walkAlphanumeric(text, bodyStart, 30, true);
      if (loose && loose.chars.length >= 8 && isIbanBody(loose.chars)) {
        out.push(candidate(m.index, loose.end, 'iban', PRIORITY.iban));
      }
    }
  });
}

/** At least half digits: a bank code plus account number, not a run of words. */
function isIbanBody(chars: string): boolean {
  return digitsOf(chars).length * 2 >= chars.length;
}

/**
 * Reads up to `count` letters and digits from `start`, allowing one space or hyphen between them.
 * Exact mode needs exactly `count` followed by a non-alphanumeric; loose mode stops at a
 * boundary or a word without digits.
 */
function walkAlphanumeric(text: string, start: number, count: number, loose = false): { chars: string; end: number } | null {
  let chars = '';
  let i = start;
  while (i < text.length && chars.length < count) {
    let char = text[i] as string;
    if (char === ' ' || char === '-') {
      const next = text[i + 1] ?? '';
      if (!isAlphanumeric(next)) break;
      if (loose && !/\d/u.test(text.slice(i + 1, i + 5).split(/[\s-]/u)[0] ?? '')) break;
      i++;
      char = next;
    }
    if (!isAlphanumeric(char)) break;
    chars += char;
    i++;
  }
  if (!loose && (chars.length !== count || isAlphanumeric(text[i] ?? ''))) return null;
  return chars.length > 0 ? { chars, end: i } : null;
}

function isAlphanumeric(char: string): boolean {
  return /^[a-z0-9]$/iu.test(char);
}

const CARD_RUN = /(?<![\p{N}])\d{4}(?:[ -]?\d{1,4}){2,5}(?![\p{N}])/gu;
const CARD_CONTEXT = /(?:credit ?card|kaartnummer|card number|pasnummer|bankpas|betaalpas|visa|mastercard|maestro|amex)/u;

export function findCards(text: string, out: Candidate[]): void {
  eachMatch(CARD_RUN, text, (m) => {
    const digits = digitsOf(m[0]);
    if (digits.length < 12 || digits.length > 19) return;
    const valid = digits.length >= 13 && isValidLuhn(digits) && !/^0/u.test(digits);
    if (valid || CARD_CONTEXT.test(textBefore(text, m.index, 40))) {
      out.push(candidate(m.index, m.index + m[0].length, 'kaartnummer', PRIORITY.card));
    }
  });
}

const NINE_DIGITS = /(?<![\p{N}.,€$£-])(?<!€ )\d(?:[.\s-]?\d){7,8}(?![\p{N}]|[.,]\d)/gu;
const BSN_CONTEXT = /(?:bsn|burgerservice|sofi)/u;

export function findBsns(text: string, out: Candidate[]): void {
  eachMatch(NINE_DIGITS, text, (m) => {
    const digits = digitsOf(m[0]);
    if (BSN_CONTEXT.test(textBefore(text, m.index, 40))) {
      out.push(candidate(m.index, m.index + m[0].length, 'bsn', PRIORITY.bsnContext));
      return;
    }
    // Without the word BSN only the usual notations count: 9 digits, 3-3-3 or 4-2-3 groups.
    const usualNotation = /^(?:\d{9}|\d{3}([.\s-])\d{3}\1\d{3}|\d{4}([.\s-])\d{2}\2\d{3})$/u.test(m[0]);
    if (usualNotation && digits.length === 9 && isValidBsn(digits)) {
      out.push(candidate(m.index, m.index + m[0].length, 'bsn', PRIORITY.bsn));
    }
  });
}

const ELEVEN_DIGITS = /(?<![\p{N}.,-])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s-]?\d{2}(?![\p{N}]|[.,]\d)/gu;
const RIJKSREGISTER_CONTEXT = /(?:rijksregister|nationaal nummer|national number|insz|identificatienummer|registre national)/u;

export function findRijksregister(text: string, out: Candidate[]): void {
  eachMatch(ELEVEN_DIGITS, text, (m) => {
    const digits = digitsOf(m[0]);
    const valid = isValidRijksregister(digits) && !isServiceNumber(digits);
    if (valid || RIJKSREGISTER_CONTEXT.test(textBefore(text, m.index, 40))) {
      out.push(candidate(m.index, m.index + m[0].length, 'rijksregisternummer', PRIORITY.rijksregister));
    }
  });
}
