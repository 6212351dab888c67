// E-mail addresses, URLs with personal tokens, @handles and phone numbers.
import { digitsOf } from './checksums.ts';
import { PRIORITY, candidate, eachMatch } from './context.ts';
import type { Candidate, ScrubContext } from './types.ts';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "jan [at] voorbeeld [punt] nl", "jan at voorbeeld dot com".
const OBFUSCATED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s?[[(]?\s?(?:at|apenstaartje)\s?[\])]?\s?[\p{L}\p{N}-]+\s?[[(]?\s?(?:dot|punt)\s?[\])]?\s?\p{L}{2,}(?![\p{L}])/giu;

export function findEmails(text: string, out: Candidate[]): void {
  if (mayHaveEmail(text)) findEmailAddresses(text, out);
  findObfuscatedEmails(text, out);
}

/** Precheck for findEmailAddresses: every address has a local-part character right before an "@". */
export function mayHaveEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // Two code units, so a letter outside the BMP before the "@" counts too.
    if (at > 0 && LOCAL_PART_END.test(text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

const LOCAL_PART_END = /[\p{L}\p{N}._%+'-]$/u;

export function findEmailAddresses(text: string, out: Candidate[]): void {
  eachMatch(EMAIL, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'e-mail', PRIORITY.email)));
}

export function findObfuscatedEmails(text: string, out: Candidate[]): void {
  if (/\b(?:dot|punt)\b/iu.test(text)) {
    eachMatch(OBFUSCATED_EMAIL, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'e-mail', PRIORITY.email)));
  }
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const PERSONAL_QUERY_KEYS = new Set([
  'token', 'access_token', 'auth', 'key', 'apikey', 'api_key', 'session', 'sessionid', 'sid', 'email', 'mail', 'e-mail',
  'user', 'userid', 'user_id', 'uid', 'id', 'customer', 'customerid', 'klant', 'klantnummer', 'order', 'orderid',
  'ordernummer', 'code', 'hash', 'sig', 'signature', 'reset', 'password', 'wachtwoord', 'pw', 'name', 'naam', 'phone',
  'telefoon', 'postcode', 'zip', 'address', 'adres', 'iban', 'bsn', 'ticket', 'case', 'ref', 'reference', 'invite',
  'login', 'otp', 'pin', 'verify', 'confirm', 'unsubscribe', 'u', 't', 'k', 'c', 'e', 'h',
]);

/** A URL is personal when its query or path carries something that points at one person. */
function isPersonalUrl(url: string): boolean {
  if (url.includes('@') || /%40/iu.test(url)) return true;
  const queryStart = url.search(/[?#]/u);
  if (queryStart >= 0) {
    for (const pair of url.slice(queryStart + 1).split(/[&;#]/u)) {
      const [key = '', value = ''] = pair.split('=');
      if (value !== '' && PERSONAL_QUERY_KEYS.has(key.toLowerCase())) return true;
      if (looksLikeToken(value) || looksLikeToken(key)) return true;
    }
  }
  const path = queryStart >= 0 ? url.slice(0, queryStart) : url;
  return path.replace(/^https?:\/\//iu, '').split('/').slice(1).some(looksLikeToken);
}

/** Long strings mixing letters and digits, as session ids, reset tokens and tracking codes are. */
function looksLikeToken(value: string): boolean {
  return value.length >= 16 && /\d/u.test(value) && /[a-z]/iu.test(value) && !/[.-]/u.test(value.slice(0, -5));
}

export function findUrls(text: string, out: Candidate[]): void {
  if (!/https?:|www\./iu.test(text)) return;
  eachMatch(URL, text, (m) => {
    const url = m[0].replace(/[.,;:!?)\]]+$/u, '');
    if (isPersonalUrl(url)) out.push(candidate(m.index, m.index + url.length, 'url', PRIORITY.url));
  });
}

const HANDLE = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_]{1,30})/gu;

export function findHandles(text: string, context: ScrubContext, out: Candidate[]): void {
  if (!text.includes('@')) return;
  eachMatch(HANDLE, text, (m) => {
    if (context.companyHandles.has((m[1] as string).toLowerCase())) return;
    out.push(candidate(m.index, m.index + m[0].length, 'handle', PRIORITY.handle));
  });
}

// A run of digit groups with single separators, starting with +, 00 or 0. Too-long runs are cut
// back group by group until a valid phone length remains.
// Every repetition needs a separator, so the pattern cannot backtrack exponentially.
const PHONE_RUN =
  /(?<!\p{N}[.,])(?<![\p{L}\p{N}+/-])(?=\+|\(?0)\+?\s?\(?\d+(?:(?:\)?(?:\s?[-./]\s?|\s)\(?|\)?\(|\))\d+)*\)?/gu;
const DATE_AT_START = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?!\d)/u;
const GROUP = /\d+\)?/gu;

export function findPhones(text: string, context: ScrubContext, out: Candidate[]): void {
  eachMatch(PHONE_RUN, text, (m) => {
    const run = m[0];
    if (DATE_AT_START.test(run)) return;
    const groups: { end: number }[] = [];
    eachMatch(GROUP, run, (g) => groups.push({ end: g.index + g[0].length }));
    for (let count = groups.length; count > 0; count--) {
      const end = (groups[count - 1] as { end: number }).end;
      const digits = phoneDigits(run.slice(0, end));
      if (!digits) continue;
      if (!context.companyNumbers.has(digits)) {
        out.push(candidate(m.index, m.index + end, 'telefoon', PRIORITY.phone));
      }
      return;
    }
  });
}

/**
 * The number in national form ("0612345678") when `raw` has a valid Dutch, Belgian or other
 * international phone length, else null.
 */
export function phoneDigits(raw: string): string | null {
  const international = raw.startsWith('+') || /^\(?00/u.test(raw);
  let digits = digitsOf(raw.replace(/\(0\)/u, ''));
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    if (digits.startsWith('31')) return digits.length === 11 ? `0${digits.slice(2)}` : null;
    if (digits.startsWith('32')) return digits.length === 10 || digits.length === 11 ? `0${digits.slice(2)}` : null;
    return digits.length >= 9 && digits.length <= 15 ? `+${digits}` : null;
  }
  if (!digits.startsWith('0') || digits.startsWith('00')) return null;
  if (/^0(?:800|900|90[69])/u.test(digits)) return digits.length === 8 || digits.length === 11 ? digits : null;
  return digits.length === 9 || digits.length === 10 ? digits : null;
}
