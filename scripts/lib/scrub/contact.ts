// E-mail addresses (also written out in words), URLs with personal tokens and @handles. Phone
// numbers are in phones.ts.
import { PRIORITY, candidate, eachMatch, nextCodePoint } from './context.ts';
import type { Candidate, ScrubContext } from './types.ts';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Precheck for findEmailAddresses: every address has a local-part character right before an "@". */
export function mayHaveEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // Two code units, so a letter outside the BMP before the "@" counts too.
    if (at > 0 && LOCAL_PART_END.test(text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

const LOCAL_PART_END = /[\p{L}\p{N}._%+'-]$/u;
const PLAIN_EMAIL = new RegExp(`^${EMAIL.source}$`, 'u');

export function findEmailAddresses(text: string, out: Candidate[]): void {
  eachMatch(EMAIL, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'e-mail', PRIORITY.email)));
}

// Addresses written out because the @ key "does not work": "jan punt jansen apenstaartje gmail
// punt com", "jan [at] ziggo [dot] nl", "j.jansen @ hotmail . com", "jan at gmail.com",
// "jansen@gmail,com", "piet@hotmail" (a mail provider needs no top-level domain).
const WORD = String.raw`[\p{L}\p{N}_%+'-]+`;
const DOMAIN_WORD = String.raw`[\p{L}\p{N}-]+`;
const LOCAL_SEPARATOR = String.raw`(?:\s?\.\s?|\s(?:punt|dot|point|streepje|liggend streepje|laag streepje|underscore|min|minteken|koppelteken|dash|hyphen)\s)`;
const AT_WORD = 'at|apenstaartje|apestaartje|apenstaart|apestaart|apenstaartteken|at-teken|at-sign';
const BRACKET_OPEN = String.raw`[[({<]`;
const BRACKET_CLOSE = String.raw`[\])}>]`;
const AT = String.raw`(\s?@\s?|\s?${BRACKET_OPEN}\s?(?:${AT_WORD}|a|@)\s?${BRACKET_CLOSE}\s?|\s(?:${AT_WORD})\s)`;
const DOT = String.raw`(?:\s?[.,]\s?|\s?${BRACKET_OPEN}\s?(?:dot|punt|\.)\s?${BRACKET_CLOSE}\s?|\s(?:dot|punt|point)\s)`;
const WRITTEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_%+'.@-])${WORD}(?:${LOCAL_SEPARATOR}${WORD}){0,4}${AT}(${DOMAIN_WORD}(?:${DOT}${DOMAIN_WORD}){0,3})`,
  'giu',
);
const DOMAIN_PART = new RegExp(String.raw`${DOT}|${DOMAIN_WORD}`, 'giu');
// Top-level domains a spelled-out address is believed to end in; a plain "." after a real "@" takes any.
const TOP_LEVEL_DOMAINS = new Set(
  (
    'nl be com net org eu de fr uk info nu io me biz online email es it at ch lu dk se no fi pl pt cz us ca au tv app dev ' +
    'xyz shop site club live frl amsterdam brussels vlaanderen gent'
  ).split(' '),
);
// Mail providers customers name without a top-level domain: "piet@hotmail", "jan apenstaartje ziggo".
const PROVIDER_ALTERNATIVES =
  'gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|' +
  'upcmail|chello|zeelandnet|telenet|skynet|proximus|protonmail|proton|gmx|tiscali|online|caiway|solcon';
const MAIL_PROVIDERS = new Set(PROVIDER_ALTERNATIVES.split('|'));

/**
 * Precheck for findWrittenEmails. Most "@"s are @handles and plain addresses (findEmailAddresses),
 * and most "at"s are English: only an "@" with a space, a mail provider, a comma or a spelled-out
 * dot near it, a spelled-out separator before it, "at <word>." or a monkey's tail can start one.
 */
export function mayHaveWrittenEmail(text: string): boolean {
  return (text.includes('@') && WRITTEN_AT_HINT.test(text)) || WRITTEN_WORD_HINT.test(text);
}

const WRITTEN_AT_HINT = new RegExp(
  String.raw`@\s|\s@(?:${PROVIDER_ALTERNATIVES})|@(?:${PROVIDER_ALTERNATIVES})(?![\p{L}\p{N}-]*\.\p{L})|@[\p{L}\p{N}.-]+(?:\s?,|\s?\.\s|\s\.|\s(?:dot|punt|point)\b|\s?${BRACKET_OPEN})|(?:punt|dot|point|streepje|underscore|min|minteken|koppelteken|dash|hyphen)\s\S+@|\s\.\s?\S+@|\.\s\S+@`,
  'iu',
);
const WRITTEN_WORD_HINT = new RegExp(
  String.raw`\bat\s${BRACKET_OPEN}?\s?[\p{L}\p{N}_%+'-]+\s?${BRACKET_CLOSE}?\s?(?:[.,]|${BRACKET_OPEN}|(?:dot|punt|point)\b)|ape[n]?staart|apenstaartteken|at-teken|at-sign|${BRACKET_OPEN}\s?(?:at|a|@|apenstaartje)\s?${BRACKET_CLOSE}`,
  'iu',
);

export function findWrittenEmails(text: string, out: Candidate[]): void {
  WRITTEN_EMAIL.lastIndex = 0;
  for (let m = WRITTEN_EMAIL.exec(text); m; m = WRITTEN_EMAIL.exec(text)) {
    const at = m[1] as string;
    const domain = m[2] as string;
    const domainStart = m.index + m[0].length - domain.length;
    const end = writtenEmailEnd(at, domain);
    if (end === null) {
      // Not an address: look again from the next word, which may start one ("was at home, jan at …").
      WRITTEN_EMAIL.lastIndex = nextCodePoint(text, m.index);
      continue;
    }
    // A plain address is findEmailAddresses' (its precheck is cheaper).
    const plain = PLAIN_EMAIL.test(text.slice(m.index, domainStart + end)) || /^\.\p{L}/u.test(text.slice(domainStart + end, domainStart + end + 2));
    if (!plain) out.push(candidate(m.index, domainStart + end, 'e-mail', PRIORITY.email));
    WRITTEN_EMAIL.lastIndex = domainStart + end;
  }
}

/**
 * Where the address ends in `domain`, or null when it is not one: the last part that is a
 * top-level domain ends it, else a mail provider named on its own. The bare word "at" needs a
 * known top-level domain and dots (not commas); a space before an "@" but none after it is an
 * @handle unless a mail provider follows ("jan @gmail.com", not "doet @bol.com").
 */
function writtenEmailEnd(at: string, domain: string): number | null {
  const real = at.includes('@');
  const bareWord = at.trim().toLowerCase() === 'at';
  const handleLike = real && /^\s/u.test(at) && !/\s$/u.test(at);
  const parts: { text: string; end: number; dot: string }[] = [];
  let dot = '';
  DOMAIN_PART.lastIndex = 0;
  for (let m = DOMAIN_PART.exec(domain); m; m = DOMAIN_PART.exec(domain)) {
    if (/^[\p{L}\p{N}-]/u.test(m[0])) {
      parts.push({ text: m[0].toLowerCase(), end: m.index + m[0].length, dot });
      dot = '';
    } else {
      dot = m[0];
    }
  }
  const first = parts[0];
  if (!first) return null;
  if (handleLike && !MAIL_PROVIDERS.has(first.text)) return null;
  for (let k = parts.length - 1; k >= 1; k--) {
    const part = parts[k] as (typeof parts)[number];
    // "ik at pizza. nl" is Dutch for eating, not an address: the bare word needs "jan at gmail.com".
    if (bareWord && (part.dot.includes(',') || (part.dot.includes('.') && part.dot !== '.'))) continue;
    const plainDot = part.dot === '.';
    if (TOP_LEVEL_DOMAINS.has(part.text) || (real && plainDot && /^\p{L}{2,}$/u.test(part.text))) return part.end;
  }
  return !bareWord && MAIL_PROVIDERS.has(first.text) ? first.end : null;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const PERSONAL_QUERY_KEYS = new Set([
  'token',
  'access_token',
  'auth',
  'key',
  'apikey',
  'api_key',
  'session',
  'sessionid',
  'sid',
  'email',
  'mail',
  'e-mail',
  'user',
  'userid',
  'user_id',
  'uid',
  'id',
  'customer',
  'customerid',
  'klant',
  'klantnummer',
  'order',
  'orderid',
  'ordernummer',
  'code',
  'hash',
  'sig',
  'signature',
  'reset',
  'password',
  'wachtwoord',
  'pw',
  'name',
  'naam',
  'phone',
  'telefoon',
  'postcode',
  'zip',
  'address',
  'adres',
  'iban',
  'bsn',
  'ticket',
  'case',
  'ref',
  'reference',
  'invite',
  'login',
  'otp',
  'pin',
  'verify',
  'confirm',
  'unsubscribe',
  'u',
  't',
  'k',
  'c',
  'e',
  'h',
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
  return path
    .replace(/^https?:\/\//iu, '')
    .split('/')
    .slice(1)
    .some(looksLikeToken);
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
