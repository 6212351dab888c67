// The one personal-data module: finds e-mail addresses, phone numbers, IBANs, BSNs, addresses,
// names and more, and replaces each with a typed placeholder such as [e-mail]. Pure: text in, text
// out. Recall comes first because the output may end up on a public site. Ingest scrubs every
// message with it, draft redacts contact details with it, and `check` refuses content it flags.
export { isServiceNumber, phoneDigits } from './phones.ts';
export { createScrubber, scrub } from './scrubber.ts';
export { containsContactDetails, redactContactDetails } from './contact-details.ts';
export { findPersonalData } from './in-content.ts';

export type { PiiType, ScrubOptions, ScrubResult, ScrubSpan } from './types.ts';

export const PLACEHOLDERS = [
  'e-mail',
  'telefoon',
  'iban',
  'bsn',
  'postcode',
  'adres',
  'kenteken',
  'geboortedatum',
  'naam',
  'handle',
  'ordernummer',
  'kaartnummer',
  'url',
  'rijksregisternummer',
] as const;
