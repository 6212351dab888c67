// Postcodes, street addresses with house numbers, and licence plates.
import { PRIORITY, candidate, eachMatch, nextCodePoint, textBefore } from './context.ts';
import type { Candidate } from './types.ts';

// Dutch postcodes never use the letter pairs SA, SD and SS; units after a number are not postcodes.
const POSTCODE_UPPER = /(?<![\p{L}\p{N}€$.,])[1-9]\d{3} ?(?!SA|SD|SS)([A-Z]{2})(?![\p{L}\p{N}])/gu;
const POSTCODE_ATTACHED = /(?<![\p{L}\p{N}€$.,])[1-9]\d{3}([a-z]{2})(?![\p{L}\p{N}])/gu;
const POSTCODE_ANY = /(?<![\p{L}\p{N}])[1-9]\d{3} ?[a-z]{2}(?![\p{L}\p{N}])/giu;
const BELGIAN_POSTCODE = /(?<![\p{L}\p{N}])(?:B|BE)-[1-9]\d{3}(?![\p{N}])/gu;
const NOT_POSTCODE = new Set([
  'mb',
  'gb',
  'kb',
  'tb',
  'kg',
  'km',
  'cm',
  'mm',
  'ml',
  'cl',
  'dl',
  'mg',
  'kw',
  'pk',
  'hp',
  'mw',
  'gw',
  'ms',
  'am',
  'pm',
  'uu',
  'st',
  'nd',
  'rd',
  'th',
  'eu',
  'nl',
  'be',
  'de',
  'en',
  'fr',
  'uk',
  'us',
  'tv',
  'pc',
  'cc',
  'xl',
  'mp',
  'hz',
  'ah',
  'wh',
  'kj',
  'gr',
]);
const POSTCODE_CONTEXT = /(?:postcode|postnummer|zip|woon|adres)/u;

export function findPostcodes(text: string, out: Candidate[]): void {
  const push = (m: RegExpExecArray): void => {
    if (m[1] !== undefined && NOT_POSTCODE.has(m[1].toLowerCase())) return;
    const end = m.index + m[0].length;
    out.push(candidate(m.index, end, 'postcode', PRIORITY.postcode));
    // "1234 AB 12", "1234AB, 12-2": the house number right after a postcode.
    const house = HOUSE_NUMBER_AFTER_POSTCODE.exec(text.slice(end, end + 24));
    if (house) out.push(candidate(end + house[0].length - (house[1] as string).length, end + house[0].length, 'adres', PRIORITY.address));
  };
  eachMatch(POSTCODE_UPPER, text, push);
  eachMatch(POSTCODE_ATTACHED, text, push);
  eachMatch(BELGIAN_POSTCODE, text, push);
  if (POSTCODE_CONTEXT.test(text.toLowerCase())) {
    eachMatch(POSTCODE_ANY, text, (m) => {
      if (POSTCODE_CONTEXT.test(textBefore(text, m.index, 40))) push(m);
    });
  }
}

const STREET_SUFFIX =
  'straat|straatje|laan|weg|plein|pleintje|gracht|kade|singel|dijk|steeg|pad|dreef|hof|park|markt|baan|boulevard|' +
  'plantsoen|wal|veld|lei|steenweg|hoven|burgwal|kaai|akker|donk|stede|brink|allee|passage|promenade';
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?-?\s?[a-zA-Z](?![\p{L}])|\s?-\s?\d{1,4}(?![\p{N}])|\s?(?:bis|hs|huis|boven|zw|rd|i{1,3})(?![\p{L}]))?`;
const HOUSE_NUMBER_AFTER_POSTCODE = new RegExp(
  String.raw`^\s?,?\s?(?:(?:huisnummer|huisnr\.?|nr\.?|nummer)\s?:?\s?)?(${HOUSE_NUMBER})(?![\p{N}]|[.,:]\d|\s?(?:uur|u\b|euro|stuks|keer|dagen|weken|maanden|jaar|minuten|kg|km|%))`,
  'iu',
);
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’.-]*|van|de|der|den|het|'t|ter|ten|St\.)`;
// "Kerkstraat 12", "Van Goghstraat 3a", "Prins Hendrikkade 12-2", "Laan van Meerdervoort 200".
const STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:${NAME_WORD}\s){0,3}\p{Lu}[\p{Ll}'’-]*(?:${STREET_SUFFIX})\s${HOUSE_NUMBER}` +
    String.raw`|(?<![\p{L}])(?:Laan|Plein|Weg|Kade|Dreef|Hof|Singel|Rue|Avenue|Chaussée|Place|Boulevard|Chemin|Quai)\s(?:(?:de|du|des|la|le|van|der|den|het|op|aan)\s|\p{Lu}[\p{L}'’-]*\s){1,4}${HOUSE_NUMBER}`,
  'gu',
);
const STREET_LOWER = new RegExp(String.raw`(?<![\p{L}])[\p{Ll}]{2,}(?:${STREET_SUFFIX})\s${HOUSE_NUMBER}`, 'gu');
const ADDRESS_CONTEXT = /(?:adres|woon|verhuis|bezorg|aflever|ophaal|straat|postcode)/u;
const HOUSE_NUMBER_CONTEXT = new RegExp(String.raw`(?<![\p{L}])(?:huisnummer|huisnr\.?|house number)\s?:?\s?(${HOUSE_NUMBER})`, 'giu');
const ENGLISH_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,5}\s(?:\p{Lu}[\p{Ll}'-]+\s){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way)(?![\p{L}])`,
  'gu',
);

// Cheap test first: a street suffix right before a house number, or a street word that starts the name.
const STREET_HINT = new RegExp(
  String.raw`(?:${STREET_SUFFIX})\s\d|(?:Laan|Plein|Weg|Kade|Dreef|Hof|Singel|Rue|Avenue|Chaussée|Place|Boulevard|Chemin|Quai)\s|(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way)(?![\p{L}])`,
  'u',
);

export function findAddresses(text: string, out: Candidate[]): void {
  if (STREET_HINT.test(text)) findStreets(text, out);
  const lower = text.toLowerCase();
  if (lower.includes('huisn') || lower.includes('house number')) {
    eachMatch(HOUSE_NUMBER_CONTEXT, text, (m) => {
      const start = m.index + m[0].length - (m[1] as string).length;
      out.push(candidate(start, m.index + m[0].length, 'adres', PRIORITY.address));
    });
  }
}

function findStreets(text: string, out: Candidate[]): void {
  eachMatch(STREET, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'adres', PRIORITY.address)));
  eachMatch(ENGLISH_STREET, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'adres', PRIORITY.address)));
  const lower = text.toLowerCase();
  if (ADDRESS_CONTEXT.test(lower)) {
    eachMatch(STREET_LOWER, text, (m) => {
      if (ADDRESS_CONTEXT.test(textBefore(text, m.index, 50))) {
        out.push(candidate(m.index, m.index + m[0].length, 'adres', PRIORITY.address));
      }
    });
  }
}

// Dutch side codes 1–14 (1951 to today) and the Belgian 1-ABC-123 and ABC-123 formats.
const PLATE_SHAPES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
  'D-LLL-DDD',
  'LLL-DDD',
];
// Written without dashes, the two-two-two side codes (1–6) look too much like postcodes, flight
// numbers (KL1234) and sizes (2000KG), and letters-digits-letters like model codes (RX100V, X100FS,
// ABC123); those need a word like "kenteken" or "auto". Digits-letters-digits (12XBF3) do not.
const COMPACT_NEEDS_CONTEXT = new Set([
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'LLL-DDD',
]);
// Dutch plates since side code 4 (1978) use only these letters: no vowels, no C, M, Q, W, Y. That
// keeps "1-jan-24" and "3-mrt-25" (dates) apart from "1-xbf-24".
const MODERN_LETTERS = /^[BDFGHJKLNPRSTVXZ]+$/u;
const shapeSource = (shape: string, separator: string): string =>
  shape.replace(/L+|D+|-/gu, (part) => (part === '-' ? separator : `${part[0] === 'L' ? '[A-Za-z]' : String.raw`\d`}{${part.length}}`));
const PLATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${PLATE_SHAPES.map((shape) => `(${shapeSource(shape, '-?')})`).join('|')})(?![\p{L}\p{N}]|-[\p{L}\p{N}])`,
  'gu',
);
const PLATE_SPACED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${PLATE_SHAPES.map((shape) => shapeSource(shape, '[-\\s]?')).join('|')})(?![\p{L}\p{N}])`,
  'gu',
);
const VEHICLE = String.raw`kenteken|nummerpla|nummerbord|licen[cs]e plate|number plate|plaque|\bauto(?:'?s)?\b|wagen\b|voertuig|bestelbus|busje|\bmotor(?:fiets)?\b|scooter|brommer|parkeer|parkeren|flitser|\bcar\b`;
const PLATE_CONTEXT = new RegExp(VEHICLE, 'iu');
// The vehicle word in the same sentence, at most 40 characters before the plate.
const PLATE_CONTEXT_NEAR = new RegExp(String.raw`(?:${VEHICLE})[^.!?\n]{0,40}$`, 'iu');

/** Precheck for findPlates: a letter and a digit side by side, or with a dash between them. */
export function mayHavePlate(text: string): boolean {
  return LETTER_NEXT_TO_DIGIT.test(text);
}

const LETTER_NEXT_TO_DIGIT = /[A-Za-z]-?\d|\d-?[A-Za-z]/u;
const LETTER_AND_DIGIT_GROUPS = /[A-Za-z][-\s]?\d|\d[-\s]?[A-Za-z]/u;

/**
 * Plates in one of the official shapes, with or without dashes, in either case. Without a word like
 * "kenteken" in the sentence before it, a plate must be written with dashes in capitals (any side
 * code), or use only the letters of modern plates (then also lower case, and without dashes for
 * the digits-letters-digits side codes 7, 8, 13, 14 and Belgian 1-ABC-123).
 */
export function findPlates(text: string, out: Candidate[]): void {
  PLATE.lastIndex = 0;
  for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
    const shape = PLATE_SHAPES[m.slice(1).findIndex((group) => group !== undefined)] as string;
    if (isPlateWithoutContext(m[0], shape) || PLATE_CONTEXT_NEAR.test(text.slice(Math.max(0, m.index - 60), m.index))) {
      out.push(candidate(m.index, m.index + m[0].length, 'kenteken', PRIORITY.plate));
    } else {
      PLATE.lastIndex = nextCodePoint(text, m.index);
    }
  }
}

function isPlateWithoutContext(plate: string, shape: string): boolean {
  const dashes = plate.includes('-');
  if (dashes && plate.split('-').length !== shape.split('-').length) return false;
  const letters = plate.replace(/[^A-Za-z]/gu, '');
  if (dashes && letters === letters.toUpperCase()) return true;
  if (!MODERN_LETTERS.test(letters.toUpperCase())) return false;
  return dashes || !COMPACT_NEEDS_CONTEXT.has(shape);
}

/** Plates typed with spaces ("kenteken 12 XBF 3"), only after a word like "kenteken". */
export function findSpacedPlates(text: string, out: Candidate[]): void {
  if (!LETTER_AND_DIGIT_GROUPS.test(text) || !PLATE_CONTEXT.test(text)) return;
  eachMatch(PLATE_SPACED, text, (m) => {
    if (/[a-z]/iu.test(m[0]) && /\d/u.test(m[0]) && PLATE_CONTEXT_NEAR.test(text.slice(Math.max(0, m.index - 60), m.index))) {
      out.push(candidate(m.index, m.index + m[0].length, 'kenteken', PRIORITY.plate));
    }
  });
}
