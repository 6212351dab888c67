import { describe, expect, it } from 'vitest';
import { DETECTORS, textFacts } from '#lib/scrub/detectors.ts';
import { matchingView } from '#lib/scrub/normalize.ts';
import type { Candidate, ScrubContext } from '#lib/scrub/types.ts';
import { generateExport } from '#lib/synth/index.ts';

const context: ScrubContext = {
  companyHandles: new Set(['veelgesteld']),
  companyNumbers: new Set(['08000123']),
  orderPatterns: [/\bVG-\d{6}\b/gu],
  only: null,
};

// Pieces of personal data and their look-alikes, glued into texts at random.
const PIECES = [
  'Bel 06-12345678',
  '+31 6 1234 5678',
  '0031 6 12 34 56 78',
  '(020) 123 45 67',
  '0800-1122',
  '+32 470 12 34 56',
  '06\u200B1234\u200B5678',
  '０６１２３４５６７８',
  'jan.jansen@gmail.com',
  'a@b.nl',
  '@klant_01',
  ' @ ',
  '𝒜@x.nl',
  'jan [at] voorbeeld [punt] nl',
  'NL91 ABNA 0417 1643 00',
  'nl91abna0417164300',
  'rekeningnummer NL12RABO012345678',
  'bsn 123456782',
  '1234.56.782',
  '111222333',
  '85.07.30-033.61',
  '85073003328',
  '4111 1111 1111 1111',
  '5500-0000-0000-0004',
  '1234 AB',
  '1234ab',
  'B-1000',
  'Kerkstraat 12a',
  'Laan van Meerdervoort 200',
  'huisnummer 14',
  '12-ABC-3',
  'XX-99-XX',
  'kenteken 1abc123',
  'geboren op 3 maart 1985',
  'geboortedatum: 12-03-1985',
  'ordernummer 20240628113',
  'ticket #482913',
  '3SABCD1234567',
  'VG-123456',
  'https://shop.nl/track?token=abc123def456ghi789',
  'Hoi Sanne,',
  'Groet, Piet',
  '^SV',
  '€ 12,50',
  '14:05',
  '12-03-2024',
  'IC 3045',
  'KL1234',
  '2024',
  ' ',
  ', ',
  '-',
  '.',
  '\n',
  '😊',
  'x',
  '7',
  '42',
  '0',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

function texts(): string[] {
  const next = random(31);
  const generated: string[] = [];
  for (let round = 0; round < 4000; round++) {
    let text = '';
    for (let i = 0, n = 1 + Math.floor(next() * 5); i < n; i++) {
      const piece = PIECES[Math.floor(next() * PIECES.length)] as string;
      // Cut pieces short sometimes, so digit counts land just below and above each threshold.
      text += next() < 0.3 ? piece.slice(0, Math.floor(next() * piece.length)) : piece;
    }
    generated.push(text);
  }
  const synthetic = [...generateExport({ seed: 7, messages: 3000 })].map((row) => row.text);
  return [...PIECES, ...generated, ...synthetic].map((text) => matchingView(text).text);
}

describe('scrub detector prechecks', () => {
  const corpus = texts();

  it.each(DETECTORS.map((detector) => [detector.name, detector] as const))(
    '%s: the precheck never skips a text its detector finds something in',
    (_name, detector) => {
      let found = 0;
      let skipped = 0;
      for (const text of corpus) {
        const out: Candidate[] = [];
        detector.find(text, context, out);
        if (out.length > 0) found++;
        if (!detector.precheck(text, textFacts(text))) {
          skipped++;
          expect(out, `precheck skipped ${JSON.stringify(text)}`).toEqual([]);
        }
      }
      // The corpus exercises both sides: texts with matches, and (where a precheck exists) texts it skips.
      expect(found).toBeGreaterThan(0);
      if (detector.precheck.length > 0) expect(skipped).toBeGreaterThan(0);
    },
  );

  it('counts ASCII digits only (full-width digits are folded by the matching view first)', () => {
    expect(textFacts('06-1234 ５').digits).toBe(6);
    expect(textFacts(matchingView('０６１２').text).digits).toBe(4);
  });
});
