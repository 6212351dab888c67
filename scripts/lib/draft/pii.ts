// A last line of defence: texts arrive scrubbed, but nothing that looks like an e-mail address or
// phone number may reach content/ or the report, even if the scrubber missed it.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// International (+31 6 1234 5678, 0031...) or national (06-12345678, 020 123 4567, 0800-0000000).
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d\)?){8,11}(?![\p{N}])|(?<![\p{L}\p{N}])0(?:[\s.-]?\(?\d\)?){8,10}(?![\p{N}])/gu;

const digitsOf = (text: string) => text.replace(/\D/gu, '');

/** Replaces e-mail addresses and phone numbers by "[e-mail]"/"[telefoon]", except the company's own numbers. */
export function redactContactDetails(text: string, publicNumbers: readonly string[] = []): string {
  const allowed = new Set(publicNumbers.map(digitsOf));
  return text
    .replace(EMAIL, '[e-mail]')
    .replace(PHONE, (match) => (allowed.has(digitsOf(match)) ? match : '[telefoon]'));
}

/** Whether `text` still contains something that looks like an e-mail address or phone number. */
export function containsContactDetails(text: string, publicNumbers: readonly string[] = []): boolean {
  return redactContactDetails(text, publicNumbers) !== text;
}
