// The last line of defence for published text (drafts, reports): texts arrive scrubbed, but nothing
// that looks like an e-mail address or phone number may reach content/ or the report, even if the
// scrubber missed it. The scrubber's own e-mail and phone detection runs first (every notation it
// knows, addresses written in words included); a broad pattern then catches anything left. Service
// numbers (0800, 0900, 088…) and the company's own numbers are public, so both keep them.
import { isServiceNumber, phoneDigits } from './phones.ts';
import { createScrubber } from './scrubber.ts';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// International (+31 6 1234 5678, 0031...) or national (06-12345678, 020 123 4567, 0800-0000000).
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d\)?){8,11}(?![\p{N}])|(?<![\p{L}\p{N}])0(?:[\s.-]?\(?\d\)?){8,10}(?![\p{N}])/gu;

const digitsOf = (text: string) => text.replace(/\D/gu, '');

const scrubbers = new Map<string, (text: string) => { text: string }>();
function contactScrubber(publicNumbers: readonly string[]): (text: string) => { text: string } {
  const key = publicNumbers.join('\u0000');
  let scrubber = scrubbers.get(key);
  if (!scrubber) {
    scrubber = createScrubber({ companyPublicNumbers: publicNumbers, only: ['e-mail', 'telefoon'] });
    scrubbers.set(key, scrubber);
  }
  return scrubber;
}

/** Replaces e-mail addresses and phone numbers by "[e-mail]"/"[telefoon]", except service numbers and the company's own. */
export function redactContactDetails(text: string, publicNumbers: readonly string[] = []): string {
  const allowed = new Set(publicNumbers.flatMap((number) => [digitsOf(number), phoneDigits(number.trim()) ?? '']).filter(Boolean));
  const keep = (match: string): boolean => {
    const national = phoneDigits(match.trim());
    return allowed.has(digitsOf(match)) || (national !== null && (allowed.has(national) || isServiceNumber(national)));
  };
  return contactScrubber(publicNumbers)(text)
    .text.replace(EMAIL, '[e-mail]')
    .replace(PHONE, (match) => (keep(match) ? match : '[telefoon]'));
}

/** Whether `text` still contains something that looks like an e-mail address or phone number. */
export function containsContactDetails(text: string, publicNumbers: readonly string[] = []): boolean {
  return redactContactDetails(text, publicNumbers) !== text;
}
