// Customers and the personal data they paste into messages. Everything is generated: names are
// common Dutch names combined at random, numbers are random but well-formed (IBANs pass mod-97), so
// the ingest scrubber meets the shapes it must remove without anyone's real data in the repo.
import { hash2, type Random } from './random.ts';

const FIRST_NAMES = [
  'Sanne',
  'Piet',
  'Anouk',
  'Mark',
  'Fleur',
  'Thijs',
  'Lotte',
  'Ruben',
  'Emma',
  'Jan',
  'Iris',
  'Bas',
  'Yasmina',
  'Kees',
  'Marloes',
  'Dennis',
  'Naima',
  'Gert',
  'Sophie',
  'Tim',
  'Femke',
  'Joost',
  'Esra',
  'Wim',
  'Linda',
  'Stefan',
  'Ilse',
  'Mohamed',
  'Annemiek',
  'Rik',
  'Chantal',
  'Henk',
  'Julia',
  'Sem',
  'Ingrid',
  'Youssef',
  'Miriam',
  'Erik',
  'Daphne',
  'Arjen',
  'Priya',
  'Bart',
  'Wendy',
  'Hans',
  'Zoë',
] as const;
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'Vermeulen',
  'van Dijk',
  'Yilmaz',
  'El Amrani',
  'Kaya',
  'Schouten',
  'Willems',
  'Hoekstra',
  'Koster',
  'Prins',
  'Postma',
  'Kuipers',
  'Verhoeven',
] as const;
const HANDLE_WORDS = ['ikke', 'xx', 'nl', 'official', 'tweets', 'utr', '030', 'mama', 'papa', 'foto', 'fiets', 'koffie'] as const;
const MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'live.nl', 'ziggo.nl', 'kpnmail.nl', 'icloud.com', 'hetnet.nl'] as const;
const BANKS = ['INGB', 'RABO', 'ABNA', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ'] as const;
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Schoolstraat', 'Stationsweg', 'Julianalaan', 'Beatrixstraat', 'Lindelaan'] as const;
const POSTCODE_LETTERS = 'ABCEGHJKLMNPRSTVWXZ';

export type Person = { first: string; last: string; handle: string; email: string };

const at = <T>(items: readonly T[], h: number): T => items[h % items.length] as T;

/** The same index always gives the same person, so repeat customers need no memory. */
export function personAt(seed: number, index: number): Person {
  const h = hash2(seed, index);
  const first = at(FIRST_NAMES, h);
  const last = at(LAST_NAMES, h >>> 8);
  const compactLast = last.toLowerCase().replace(/\s+/g, '');
  const initial = compactLast.replace(/^(van|de|der|den|el)+/, '').charAt(0);
  const year = 60 + ((h >>> 16) % 45);
  const plainFirst = stripAccents(first.toLowerCase());
  const handles = [
    `${plainFirst}_${initial}${year % 100}`,
    `${plainFirst}${compactLast}`,
    `${at(HANDLE_WORDS, h >>> 20)}${plainFirst}`,
    `${plainFirst}.${compactLast.slice(0, 4)}`,
    `${plainFirst}${(h >>> 12) % 1000}`,
  ];
  const handle = `@${(at(handles, h >>> 24) ?? plainFirst).replace(/[^a-z0-9_]/g, '').slice(0, 15)}`;
  const email = `${plainFirst}.${compactLast}${(h >>> 4) % 3 === 0 ? year : ''}@${at(MAIL_DOMAINS, h >>> 10)}`;
  return { first, last, handle, email };
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function fullName(person: Person): string {
  return `${person.first} ${person.last}`;
}

const digits = (random: Random, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(10));
  return out;
};

export function mobileNumber(random: Random): string {
  const rest = digits(random, 8);
  switch (random.int(4)) {
    case 0:
      return `06-${rest}`;
    case 1:
      return `06 ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4, 6)} ${rest.slice(6)}`;
    case 2:
      return `+31 6 ${rest}`;
    default:
      return `06${rest}`;
  }
}

/** A mobile number as WhatsApp shows an unsaved contact: +31 6 12345678. */
export function whatsAppNumber(random: Random): string {
  return `+31 6 ${digits(random, 8)}`;
}

/** A Dutch IBAN with a correct mod-97 check, printed grouped or compact like people type it. */
export function iban(random: Random): string {
  const bank = random.pick(BANKS);
  const account = digits(random, 10);
  const check = ibanCheckDigits('NL', bank, account);
  const compact = `NL${check}${bank}${account}`;
  return random.chance(0.5) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

export function ibanCheckDigits(country: string, bank: string, account: string): string {
  const rearranged = `${bank}${account}${country}00`;
  const numeric = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

export function postcode(random: Random): string {
  const number = 1000 + random.int(9000);
  const letters = `${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`;
  return random.chance(0.7) ? `${number} ${letters}` : `${number}${letters.toLowerCase()}`;
}

export function address(random: Random): string {
  return `${random.pick(STREETS)} ${1 + random.int(140)}${random.chance(0.15) ? random.pick(['a', 'b', '-2', ' bis']) : ''}`;
}

export const customerNumber = (random: Random): string => `${1 + random.int(9)}${digits(random, 6)}`;
export const orderNumber = (random: Random): string => `4001${digits(random, 4)}`;

/** One snippet of personal data as a customer would add it to a message. */
export function personalDetail(random: Random, person: Person): string {
  switch (random.int(9)) {
    case 0:
      return `Mijn klantnummer is ${customerNumber(random)}.`;
    case 1:
      return `klantnr ${customerNumber(random)}, postcode ${postcode(random)}`;
    case 2:
      return `Bel me maar op ${mobileNumber(random)}.`;
    case 3:
      return `Mail mij graag op ${person.email}`;
    case 4:
      return `Het gaat om bestelnummer ${orderNumber(random)}.`;
    case 5:
      return `Mijn IBAN is ${iban(random)}.`;
    case 6:
      return `Adres: ${address(random)}, ${postcode(random)}.`;
    case 7:
      return `Ik ben bereikbaar op ${mobileNumber(random)} of ${person.email}.`;
    default:
      return `Postcode ${postcode(random)}, huisnummer ${1 + random.int(120)}.`;
  }
}
