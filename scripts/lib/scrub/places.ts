// Postcodes, street addresses with house numbers, and licence plates.
import { PRIORITY, candidate, eachMatch, textBefore } from './context.ts';
import type { Candidate } from './types.ts';

// Dutch postcodes never use the letter pairs SA, SD and SS; units after a number are not postcodes.
const POSTCODE_UPPER = /(?<![\p{L}\p{N}€$.,])[1-9]\d{3} ?(?!SA|SD|SS)([A-Z]{2})(?![\p{L}\p{N}])/gu;
const POSTCODE_ATTACHED = /(?<![\p{L}\p{N}€$.,])[1-9]\d{3}([a-z]{2})(?![\p{L}\p{N}])/gu;
const POSTCODE_ANY = /(?<![\p{L}\p{N}])[1-9]\d{3} ?[a-z]{2}(?![\p{L}\p{N}])/giu;
const BELGIAN_POSTCODE = /(?<![\p{L}\p{N}])(?:B|BE)-[1-9]\d{3}(?![\p{N}])/gu;
const NOT_POSTCODE = new Set([
  'mb', 'gb', 'kb', 'tb', 'kg', 'km', 'cm', 'mm', 'ml', 'cl', 'dl', 'mg', 'kw', 'pk', 'hp', 'mw', 'gw', 'ms', 'am',
  'pm', 'uu', 'st', 'nd', 'rd', 'th', 'eu', 'nl', 'be', 'de', 'en', 'fr', 'uk', 'us', 'tv', 'pc', 'cc', 'xl', 'mp',
  'hz', 'ah', 'wh', 'kj', 'gr',
]);
const POSTCODE_CONTEXT = /(?:postcode|postnummer|zip|woon|adres)/u;

export function findPostcodes(text: string, out: Candidate[]): void {
  const push = (m: RegExpExecArray): void => {
    if (NOT_POSTCODE.has((m[1] as string).toLowerCase())) return;
    out.push(candidate(m.index, m.index + m[0].length, 'postcode', PRIORITY.postcode));
  };
  eachMatch(POSTCODE_UPPER, text, push);
  eachMatch(POSTCODE_ATTACHED, text, push);
  eachMatch(BELGIAN_POSTCODE, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'postcode', PRIORITY.postcode)));
  if (POSTCODE_CONTEXT.test(text.toLowerCase())) {
    eachMatch(POSTCODE_ANY, text, (m) => {
      if (POSTCODE_CONTEXT.test(textBefore(text, m.index, 40))) {
        out.push(candidate(m.index, m.index + m[0].length, 'postcode', PRIORITY.postcode));
      }
    });
  }
}

const STREET_SUFFIX =
  'straat|straatje|laan|weg|plein|pleintje|gracht|kade|singel|dijk|steeg|pad|dreef|hof|park|markt|baan|boulevard|' +
  'plantsoen|wal|veld|lei|steenweg|hoven|burgwal|kaai|akker|donk|stede|brink|allee|passage|promenade';
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?-?\s?[a-zA-Z](?![\p{L}])|\s?-\s?\d{1,4}(?![\p{N}])|\s?(?:bis|hs|huis|boven|zw|rd|i{1,3})(?![\p{L}]))?`;
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
const STREET_HINT = new RegExp(String.raw`(?:${STREET_SUFFIX})\s\d|(?:Laan|Plein|Weg|Kade|Dreef|Hof|Singel|Rue|Avenue|Chaussée|Place|Boulevard|Chemin|Quai)\s|(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way)(?![\p{L}])`, 'u');

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

// Dutch side codes 1–14 and the Belgian 1-ABC-123 / ABC-123 formats.
const PLATE_SHAPES = [
  'LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D', 'D-LLL-DD', 'LL-DDD-L',
  'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D', 'D-LLL-DDD', 'LLL-DDD',
];
const shapeSource = (shape: string, letter: string, dash: string): string =>
  shape.replace(/L+|D+|-/gu, (part) => (part === '-' ? dash : `${part[0] === 'L' ? letter : String.raw`\d`}{${part.length}}`));
const PLATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${PLATE_SHAPES.map((shape) => shapeSource(shape, '[A-Z]', '-')).join('|')})(?![\p{L}\p{N}]|-[\p{L}\p{N}])`,
  'gu',
);
const PLATE_LOOSE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${PLATE_SHAPES.map((shape) => shapeSource(shape, '[A-Za-z]', '-?')).join('|')})(?![\p{L}\p{N}])`,
  'gu',
);
const PLATE_CONTEXT = /(?:kenteken|nummerplaat|nummerbord|licen[cs]e plate)/u;

export function findPlates(text: string, out: Candidate[]): void {
  if (!/\d/u.test(text)) return;
  if (text.includes('-')) findStrictPlates(text, out);
  findLoosePlates(text, out);
}

/** Plates written in one of the official shapes, which all have dashes (the precheck). */
export function findStrictPlates(text: string, out: Candidate[]): void {
  eachMatch(PLATE, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'kenteken', PRIORITY.plate)));
}

/** Any plate shape, with or without dashes, right after a word like "kenteken". */
export function findLoosePlates(text: string, out: Candidate[]): void {
  if (!PLATE_CONTEXT.test(text.toLowerCase())) return;
  eachMatch(PLATE_LOOSE, text, (m) => {
    if (/[a-z]/iu.test(m[0]) && PLATE_CONTEXT.test(textBefore(text, m.index, 40))) {
      out.push(candidate(m.index, m.index + m[0].length, 'kenteken', PRIORITY.plate));
    }
  });
}
