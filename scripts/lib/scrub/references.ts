// Order, customer, case and tracking numbers: a code with digits after words that announce one,
// "#123456", PostNL track & trace codes, plus the caller's own patterns.
import { digitsOf } from './checksums.ts';
import { PRIORITY, candidate, eachMatch } from './context.ts';
import type { Candidate, ScrubContext } from './types.ts';

const ANNOUNCER = String.raw`(?:ordernummer|ordernr|order\snr|order\snumber|order|bestelnummer|bestelnr|bestelling|klantnummer|klantnr|klant\snr|customer\snumber|customer\sid|account\snumber|accountnummer|dossiernummer|dossiernr|dossier|zaaknummer|zaaknr|casenummer|case\snumber|case|ticketnummer|ticketnr|ticket|referentienummer|referentie|reference|ref|kenmerk|factuurnummer|factuurnr|factuur|invoice|contractnummer|polisnummer|abonnementsnummer|lidnummer|zendingnummer|zendingsnummer|trackingnummer|tracking|track\s?(?:&|en|and)\s?trace(?:code)?|barcode|retournummer|aanvraagnummer|meldingsnummer|meldingnummer|storingsnummer|reserveringsnummer|boekingsnummer|booking\sreference|boekingscode|pnr|cliëntnummer|relatienummer|vergunningnummer)`;
const CONNECTOR = String.raw`[\s:#.-]*(?:(?:is|was|nummer|nr\.?|no\.?|number|code|id|met)[\s:#.-]*){0,2}`;
const ANNOUNCED = new RegExp(String.raw`(?<![\p{L}])(?i:${ANNOUNCER})${CONNECTOR}([A-Za-z0-9][A-Za-z0-9/-]{2,30}[A-Za-z0-9])(?![\p{L}\p{N}])`, 'gu');
const HASH_NUMBER = /(?<![\p{L}\p{N}&])#\d{4,}(?![\p{L}\p{N}])/gu;
const POSTNL_BARCODE = /(?<![\p{L}\p{N}])3S[A-Z0-9]{11,13}(?![\p{L}\p{N}])/gu;
const ANNOUNCER_HINT =
  /order|bestel|klant|customer|account|dossier|zaak|case|ticket|ref|kenmerk|factu|invoice|contract|polis|abonnement|lidnummer|zending|track|barcode|retour|aanvraag|melding|storing|reserv|boek|book|pnr|cliënt|relatie|vergunning/iu;

/** Announced codes ("ordernummer 20240628113") and "#123456": at least four digits either way (the precheck). */
export function findOrderNumbers(text: string, _context: ScrubContext, out: Candidate[]): void {
  if (ANNOUNCER_HINT.test(text)) {
    eachMatch(ANNOUNCED, text, (m) => {
      const code = m[1] as string;
      if (digitsOf(code).length < 4 || /^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/u.test(code)) return;
      const start = m.index + m[0].length - code.length;
      out.push(candidate(start, start + code.length, 'ordernummer', PRIORITY.orderNumber));
    });
  }
  if (text.includes('#')) {
    eachMatch(HASH_NUMBER, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'ordernummer', PRIORITY.orderNumber)));
  }
}

/** PostNL track & trace barcodes (3SABCD1234567): they start with "3S" (the precheck). */
export function findParcelBarcodes(text: string, out: Candidate[]): void {
  eachMatch(POSTNL_BARCODE, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'ordernummer', PRIORITY.orderNumber)));
}

/** The caller's own order-number patterns. */
export function findCustomOrderNumbers(text: string, context: ScrubContext, out: Candidate[]): void {
  for (const pattern of context.orderPatterns) {
    eachMatch(pattern, text, (m) => out.push(candidate(m.index, m.index + m[0].length, 'ordernummer', PRIORITY.orderNumber)));
  }
}
