// The detectors in the order the scrubber runs them, each behind a cheap precheck. A precheck may
// only skip a text in which its detector cannot find anything (tests/unit/scripts/lib/scrub/
// prechecks.test.ts checks that over the scrubbing table and generated texts): it saves time,
// never recall. Most texts have few digits (a time, a price), so the number detectors are gated
// by the fewest digits any of their matches contains.
import { findEmailAddresses, findHandles, findUrls, findWrittenEmails, mayHaveEmail, mayHaveWrittenEmail } from './contact.ts';
import { findBsns, findCards, findIbans, findRijksregister } from './finance.ts';
import { findDatesOfBirth, findNames } from './people.ts';
import { findAddresses, findPlates, findPostcodes, findSpacedPlates, mayHavePlate } from './places.ts';
import { findPhones } from './phones.ts';
import { findCustomOrderNumbers, findOrderNumbers, findParcelBarcodes } from './references.ts';
import type { Candidate, PiiType, ScrubContext } from './types.ts';

/** Facts about a text that several prechecks share, computed once. */
export interface TextFacts {
  /** ASCII digits (the matching view has folded full-width digits already). */
  digits: number;
}

export interface Detector {
  name: string;
  /** What it finds. */
  types: readonly PiiType[];
  precheck: (text: string, facts: TextFacts) => boolean;
  find: (text: string, context: ScrubContext, out: Candidate[]) => void;
}

const always = (): boolean => true;
const atLeastDigits =
  (count: number) =>
  (_text: string, facts: TextFacts): boolean =>
    facts.digits >= count;

export const DETECTORS: readonly Detector[] = [
  { name: 'url', types: ['url'], precheck: always, find: (text, _context, out) => findUrls(text, out) },
  { name: 'e-mail', types: ['e-mail'], precheck: mayHaveEmail, find: (text, _context, out) => findEmailAddresses(text, out) },
  { name: 'written e-mail', types: ['e-mail'], precheck: mayHaveWrittenEmail, find: (text, _context, out) => findWrittenEmails(text, out) },
  { name: 'handle', types: ['handle'], precheck: (text) => text.includes('@'), find: findHandles },
  { name: 'name', types: ['naam'], precheck: always, find: findNames },
  { name: 'order number', types: ['ordernummer'], precheck: atLeastDigits(4), find: findOrderNumbers },
  { name: 'parcel barcode', types: ['ordernummer'], precheck: (text) => text.includes('3S'), find: (text, _context, out) => findParcelBarcodes(text, out) },
  { name: 'custom order number', types: ['ordernummer'], precheck: always, find: findCustomOrderNumbers },
  // An IBAN has two check digits, a card 12 or more digits, a Belgian register number 11, a BSN
  // 8 or 9, a phone number 8 or more (0800-1234), a date 3 or more, a postcode 4.
  { name: 'iban', types: ['iban'], precheck: atLeastDigits(2), find: (text, _context, out) => findIbans(text, out) },
  { name: 'card', types: ['kaartnummer'], precheck: atLeastDigits(12), find: (text, _context, out) => findCards(text, out) },
  { name: 'rijksregister', types: ['rijksregisternummer'], precheck: atLeastDigits(11), find: (text, _context, out) => findRijksregister(text, out) },
  { name: 'bsn', types: ['bsn'], precheck: atLeastDigits(8), find: (text, _context, out) => findBsns(text, out) },
  { name: 'phone', types: ['telefoon'], precheck: atLeastDigits(8), find: findPhones },
  { name: 'date of birth', types: ['geboortedatum'], precheck: atLeastDigits(3), find: (text, _context, out) => findDatesOfBirth(text, out) },
  { name: 'postcode', types: ['postcode', 'adres'], precheck: atLeastDigits(4), find: (text, _context, out) => findPostcodes(text, out) },
  {
    name: 'plate',
    types: ['kenteken'],
    precheck: (text, facts) => facts.digits >= 1 && mayHavePlate(text),
    find: (text, _context, out) => findPlates(text, out),
  },
  { name: 'plate with spaces after "kenteken"', types: ['kenteken'], precheck: atLeastDigits(1), find: (text, _context, out) => findSpacedPlates(text, out) },
  { name: 'address', types: ['adres'], precheck: atLeastDigits(1), find: (text, _context, out) => findAddresses(text, out) },
];

export function textFacts(text: string): TextFacts {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return { digits };
}
