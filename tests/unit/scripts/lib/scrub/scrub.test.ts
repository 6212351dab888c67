import { describe, expect, it } from 'vitest';
import { scrub, type ScrubOptions } from '#lib/scrub/index.ts';

const options: ScrubOptions = {
  companyHandles: ['@Veelgesteld'],
  companyPublicNumbers: ['0800-0123'],
  orderPatterns: [/\bVG-\d{6}\b/u],
};

// [input, expected output]
const redacted: [string, string][] = [
  // e-mail
  ['Mail me op jan.jansen@gmail.com aub', 'Mail me op [e-mail] aub'],
  ['MIJN MAIL: P.DE-VRIES+shop@Example.CO.UK', 'MIJN MAIL: [e-mail]'],
  ['jan [at] voorbeeld [punt] nl', '[e-mail]'],
  // phone numbers, Dutch and Belgian notations
  ['Bel me op 06-12345678', 'Bel me op [telefoon]'],
  ['Bel me op 0612345678.', 'Bel me op [telefoon].'],
  ['mijn nummer: +31 6 1234 5678', 'mijn nummer: [telefoon]'],
  ['+31(0)6-12345678 graag na 17u', '[telefoon] graag na 17u'],
  ['0031 6 12 34 56 78', '[telefoon]'],
  ['vast: 020-1234567', 'vast: [telefoon]'],
  ['(020) 123 45 67', '[telefoon]'],
  ['Belgisch: +32 470 12 34 56', 'Belgisch: [telefoon]'],
  ['0470 12 34 56 is mijn gsm', '[telefoon] is mijn gsm'],
  ['02 123 45 67 (Brussel)', '[telefoon] (Brussel)'],
  ['tel:0612345678', 'tel:[telefoon]'],
  // obfuscation: zero-width characters, full-width digits, emoji around the number
  ['06\u200B1234\u200B5678', '[telefoon]'],
  ['０６１２３４５６７８', '[telefoon]'],
  ['📞0612345678📱', '📞[telefoon]📱'],
  ['06\u20111234\u00A05678', '[telefoon]'],
  // IBAN
  ['Mijn IBAN is NL91 ABNA 0417 1643 00, graag terugstorten', 'Mijn IBAN is [iban], graag terugstorten'],
  ['nl91abna0417164300', '[iban]'],
  ['BE68 5390 0754 7034', '[iban]'],
  ['DE89370400440532013000 is mijn Duitse rekening', '[iban] is mijn Duitse rekening'],
  ['rekeningnummer NL91 ABNA 0417 1643 01', 'rekeningnummer [iban]'],
  ['mijn rekeningnummer is NL12RABO012345678', 'mijn rekeningnummer is [iban]'],
  // BSN, Belgian national register number
  ['mijn bsn is 123456782', 'mijn bsn is [bsn]'],
  ['BSN: 1234.56.782', 'BSN: [bsn]'],
  ['burgerservicenummer 111222333', 'burgerservicenummer [bsn]'],
  ['sofinummer 12345678', 'sofinummer [bsn]'],
  ['het nummer 123456782 staat op de brief', 'het nummer [bsn] staat op de brief'],
  ['rijksregisternummer 85.07.30-033.61', 'rijksregisternummer [rijksregisternummer]'],
  ['85073003328', '[rijksregisternummer]'],
  // postcodes, addresses
  ['Ik woon in 1234 AB Amsterdam', 'Ik woon in [postcode] Amsterdam'],
  ['postcode 1234ab', 'postcode [postcode]'],
  ['Kerkstraat 12a, 1234 AB Amsterdam', '[adres], [postcode] Amsterdam'],
  ['bezorgd op Laan van Meerdervoort 200', 'bezorgd op [adres]'],
  ['Van Goghstraat 3 hs', '[adres]'],
  ['adres: B-1000 Brussel, Rue de la Loi 16', 'adres: [postcode] Brussel, [adres]'],
  ['huisnummer 14', 'huisnummer [adres]'],
  ['mijn adres is dorpsstraat 5', 'mijn adres is [adres]'],
  // licence plates
  ['Mijn auto met kenteken 12-ABC-3 staat er nog', 'Mijn auto met kenteken [kenteken] staat er nog'],
  ['XX-99-XX', '[kenteken]'],
  ['kenteken 1abc123', 'kenteken [kenteken]'],
  // dates of birth, but not other dates
  ['Geboren op 3 maart 1985', 'Geboren op [geboortedatum]'],
  ['geboortedatum: 12-03-1985', 'geboortedatum: [geboortedatum]'],
  // customer handles, not the company's
  ['@jansen123 bedankt! @Veelgesteld', '[handle] bedankt! @Veelgesteld'],
  ['RT @klant_01: waar blijft mijn pakket?', 'RT [handle]: waar blijft mijn pakket?'],
  // names after greetings, sign-offs, t.n.v.
  ['Hoi Sanne, wat vervelend!', 'Hoi [naam], wat vervelend!'],
  ['Goedemorgen Mark! Je pakket komt morgen.', 'Goedemorgen [naam]! Je pakket komt morgen.'],
  ['Groet, Piet de Vries', 'Groet, [naam]'],
  ['Met vriendelijke groet,\n\nJ.P. van den Berg', 'Met vriendelijke groet,\n\n[naam]'],
  ['Mvg Anne-Marie', 'Mvg [naam]'],
  ['Overmaken t.n.v. P. de Vries', 'Overmaken t.n.v. [naam]'],
  ['Geachte mevrouw Jansen,', 'Geachte mevrouw [naam],'],
  ['Dear John, thanks for waiting.', 'Dear [naam], thanks for waiting.'],
  ['Kind regards, Mary Smith', 'Kind regards, [naam]'],
  ['Mijn naam is Zoë Öztürk', 'Mijn naam is [naam]'],
  ['Fijne dag! ^SV', 'Fijne dag! ^[naam]'],
  // order, customer, case numbers
  ['Mijn ordernummer is 20240628113', 'Mijn ordernummer is [ordernummer]'],
  ['klantnummer: 88123456', 'klantnummer: [ordernummer]'],
  ['zie ticket #482913', 'zie ticket [ordernummer]'],
  ['track & trace 3SABCD1234567', 'track & trace [ordernummer]'],
  ['bestelling VG-123456 is kwijt', 'bestelling [ordernummer] is kwijt'],
  ['VG-654321 graag', '[ordernummer] graag'],
  // URLs with personal tokens
  ['https://shop.nl/track?token=abc123def456ghi789', '[url]'],
  ['Klik www.shop.nl/reset/7f9a8b7c6d5e4f3a2b1c0d9e8f.', 'Klik [url].'],
  ['https://shop.nl/account?email=jan%40example.nl&x=1', '[url]'],
  // payment cards (Luhn)
  ['Mijn kaart 4111 1111 1111 1111 werkt niet', 'Mijn kaart [kaartnummer] werkt niet'],
  ['5500-0000-0000-0004', '[kaartnummer]'],
];

const kept: string[] = [
  'Het kost € 12,50 per maand.',
  'De prijs is €12.50 of 12,50 euro.',
  'Bestel voor 1.250 euro en krijg 10% korting.',
  'Op 12-03-2024 om 14:05 gaat de trein.',
  'We zijn open van 09:00 tot 17:30 uur.',
  'Van 08.30 - 17.00 uur bereikbaar.',
  'Levering op 12 maart 2024, of 2024-03-12.',
  'Trein IC 3045 naar Amsterdam is vertraagd.',
  'Sprinter 4567 rijdt niet.',
  'Vlucht KL1234 en KL 1644 vertrekken op tijd.',
  'Het artikelnummer is WH-1000XM5, model KDL-55W805C.',
  'Bel gratis 0800-0123, ook op zondag.',
  'Bel gratis 0800 0123.',
  'Volg ons op @Veelgesteld voor updates.',
  'Hoi allemaal, de storing is voorbij.',
  'Beste klant, bedankt voor je geduld.',
  'Hallo NS, waar blijft de trein?',
  'De bundel heeft 1000 MB en 20 GB extra.',
  'Een pakket van 2000 KG past niet.',
  'Kijk op https://www.veelgesteld.nl/faq/retourneren voor meer.',
  'Sinds 2024 bezorgen we ook op zondag.',
  'Retourneren kan binnen 14 dagen, ook in de 3 dagen na kerst.',
  'iPhone 15 en Galaxy S24 worden ondersteund.',
  'Je bestelling wordt binnen 24 uur verzonden.',
  'Gebruik kortingscode ZOMER2024 bij het afrekenen.',
];

describe('scrub', () => {
  describe.each(redacted)('redacts %j', (input, expected) => {
    it(`→ ${JSON.stringify(expected)}`, () => {
      const result = scrub(input, options);
      expect(result.text).toBe(expected);
      expect(result.redacted).toBe(true);
    });
  });

  describe.each(kept)('keeps %j', (input) => {
    it('unchanged, with no spans', () => {
      expect(scrub(input, options)).toEqual({ text: input, redacted: false, spans: [] });
    });
  });

  it('reports spans as offsets into the input, including invisible characters inside a match', () => {
    const input = 'bel 06\u200B12345678 of mail a@b.nl';
    const { spans } = scrub(input, options);
    expect(spans).toEqual([
      { start: 4, end: 15, type: 'telefoon' },
      { start: 24, end: 30, type: 'e-mail' },
    ]);
    expect(input.slice(24, 30)).toBe('a@b.nl');
  });

  it('maps full-width digits back to their original offsets', () => {
    const input = 'x ０６１２３４５６７８ y';
    const [span] = scrub(input).spans;
    expect(input.slice(span?.start, span?.end)).toBe('０６１２３４５６７８');
  });

  it("keeps the company number in any notation, and other companies' service numbers too", () => {
    expect(scrub('+31 800 0123', options).text).toBe('+31 800 0123');
    expect(scrub('0800-9999', options).text).toBe('0800-9999');
    expect(scrub('0612345678', { companyPublicNumbers: ['06-12345678'] }).text).toBe('0612345678');
    expect(scrub('0612345678').text).toBe('[telefoon]');
  });

  it('scrubs a company handle when no company handles are configured', () => {
    expect(scrub('@Veelgesteld').text).toBe('[handle]');
  });

  it('accepts extra order patterns as strings', () => {
    expect(scrub('dossier ABC/12/x', { orderPatterns: ['ABC/\\d+/x'] }).text).toBe('dossier [ordernummer]');
  });
});
