// The notations customers really type, one table per class: what must go, and the look-alikes that
// must stay (a false alarm destroys article text).
import { describe, expect, it } from 'vitest';
import { scrub, isServiceNumber, type ScrubOptions } from '#lib/scrub/index.ts';

const options: ScrubOptions = { companyHandles: ['@VeldlichtNL'], companyPublicNumbers: ['0800-0250250'] };

type Case = [input: string, expected: string];

const classes: { name: string; redacted: Case[]; kept: string[] }[] = [
  {
    name: 'phone numbers',
    redacted: [
      ['bel 06.12.34.56.78 aub', 'bel [telefoon] aub'],
      ['bel 06 12 34 56 78 aub', 'bel [telefoon] aub'],
      ['06-12 34 56 78', '[telefoon]'],
      ['06 - 123 456 78', '[telefoon]'],
      ['06-12.34.56.78', '[telefoon]'],
      ['06/12345678', '[telefoon]'],
      ['(06) 12345678', '[telefoon]'],
      ['+31 (0)6 12345678', '[telefoon]'],
      ['+31 (0)6-1234 5678', '[telefoon]'],
      ['+31(0)6 12 34 56 78', '[telefoon]'],
      ['(+31) 6 12345678', '([telefoon]'],
      ['+31.6.12.34.56.78', '[telefoon]'],
      ['+316 12345678', '[telefoon]'],
      ['0031 6 12345678', '[telefoon]'],
      ['0031-6-12 34 56 78', '[telefoon]'],
      ['0031(0)612345678', '[telefoon]'],
      ['whatsapp 31612345678', 'whatsapp [telefoon]'],
      ['020.123.45.67', '[telefoon]'],
      ['020 - 123 45 67', '[telefoon]'],
      ['+31 (0)20 123 4567', '[telefoon]'],
      ['070 123 4567 (Den Haag)', '[telefoon] (Den Haag)'],
      ['0470/12.34.56', '[telefoon]'],
      ['+32 (0)470 12 34 56', '[telefoon]'],
      ['32470123456', '[telefoon]'],
      // A date, a time or a service number in the same run does not shield the phone number after it.
      ['Op 01-02-2024 06 12345678 gebeld', 'Op 01-02-2024 [telefoon] gebeld'],
      ['open 09.00 0612345678', 'open 09.00 [telefoon]'],
      ['08.30 - 17.00 0612345678', '08.30 - 17.00 [telefoon]'],
      ['0800-1234 of 06 12345678', '0800-1234 of [telefoon]'],
      ['0612345678 0201234567', '[telefoon] [telefoon]'],
      ['0６\u200B12 34 56 78', '[telefoon]'],
    ],
    kept: [
      'Op 12-03-2024 om 14:05 belde ik.',
      'Op 01.02.24 om 09.00 uur.',
      'Van 09.00-17.00 uur bereikbaar.',
      'ma-vr 8.00-20.00 uur, za 9.00-17.00 uur',
      'Versie 0.12.345 van de app.',
      'Gemeente: bel 14 020.',
      'Alarm: 112.',
    ],
  },
  {
    name: "service numbers (any company's, in any notation)",
    redacted: [],
    kept: [
      'Bel gratis 0800-0250250.',
      'Bel gratis 0800 0250 250.',
      'Bel 0800-1122 voor hulp.',
      'Bel 0900-9292 voor reisinformatie.',
      'Bel 0900 - 0123.',
      'Bel 0900 8844.',
      'Bel 0900-1234567.',
      'Bel 0906-1234.',
      'Bel 0909-1234567.',
      'Bel 088 123 4567.',
      'Bel 088-1234567.',
      'Bel 088.123.45.67.',
      'Bel +31 88 123 4567.',
      'Bel 0031 88 123 4567.',
      'Bel +31 800 1234.',
      'Bel 08001234.',
      'Bel 09001234567.',
      'Belgisch: 0800 12 345.',
      'Belgisch: 0900 12 345.',
      'Belgisch: 070 22 00 00.',
      'Belgisch: 078 15 15 15.',
      'Belgisch: +32 70 22 00 00.',
    ],
  },
  {
    name: 'e-mail addresses written out in words',
    redacted: [
      ['jan punt jansen apenstaartje gmail punt com', '[e-mail]'],
      ['mijn mail is jan punt jansen at gmail punt com, groet', 'mijn mail is [e-mail], groet'],
      ['JAN AT GMAIL DOT COM', '[e-mail]'],
      ['jan at gmail.com', '[e-mail]'],
      ['jan at gmail dot com', '[e-mail]'],
      ['jan_jansen at hotmail dot nl', '[e-mail]'],
      ['jan streepje jansen at kpnmail punt nl', '[e-mail]'],
      ['piet-de-vries apenstaartje outlook punt com', '[e-mail]'],
      ['p.devries apestaartje ziggo.nl', '[e-mail]'],
      ['jan(at)ziggo(dot)nl', '[e-mail]'],
      ['jan [at] voorbeeld [punt] nl', '[e-mail]'],
      ['jan (a) hetnet.nl', '[e-mail]'],
      ['jan <at> home <dot> nl', '[e-mail]'],
      ['jan @ gmail . com', '[e-mail]'],
      ['mail: j.jansen @hotmail.com', 'mail: [e-mail]'],
      ['jansen@ gmail.com', '[e-mail]'],
      ['jansen@gmail,com', '[e-mail]'],
      ['jan punt jansen@gmail.com', '[e-mail]'],
      ['mail piet@hotmail', 'mail [e-mail]'],
      ['jan apenstaartje ziggo', '[e-mail]'],
      ['I was at home, mail jan at gmail dot com', 'I was at home, mail [e-mail]'],
      ['jan.jansen@gmail.com. Groetjes', '[e-mail]. Groetjes'],
      ['jan@gmail, groetjes', '[e-mail], groetjes'],
      // A space before the "@" and none after it is an @handle, not the end of a word before it.
      ['Waarom doet @bol.com zo moeilijk', 'Waarom doet [handle].com zo moeilijk'],
    ],
    kept: [
      'I was at home dot then I left.',
      'Ik at pizza. Nl zegt dat het mag.',
      'We arrived at Schiphol, NL time 14:00.',
      'Meet me at the station at noon.',
      'Kijk op veldlicht.example punt nl.',
    ],
  },
  {
    name: 'postcodes with house numbers',
    redacted: [
      ['postcode en huisnummer: 1234 AB 12', 'postcode en huisnummer: [postcode] [adres]'],
      ['1234AB 12a', '[postcode] [adres]'],
      ['Ik woon op 1234 AB 12-2', 'Ik woon op [postcode] [adres]'],
      ['1234 AB, 12 hs', '[postcode], [adres]'],
      ['postcode 1234 ab 12', 'postcode [postcode] [adres]'],
      ['1234 AB nr. 5', '[postcode] nr. [adres]'],
      ['1234 AB Amsterdam', '[postcode] Amsterdam'],
    ],
    kept: ['Een bundel van 1000 MB 2 keer per maand.', 'Om 1234 uur.', 'Vanaf 2024 12 maanden garantie.'],
  },
  {
    name: 'licence plates',
    redacted: [
      ['XX-99-99', '[kenteken]'],
      ['99-99-XX', '[kenteken]'],
      ['99-XX-99', '[kenteken]'],
      ['GB-12-DF', '[kenteken]'],
      ['GB-DF-12', '[kenteken]'],
      ['12-GB-DF', '[kenteken]'],
      ['12-XBF-3 staat fout geparkeerd', '[kenteken] staat fout geparkeerd'],
      ['1-XBF-23', '[kenteken]'],
      ['HV-123-B', '[kenteken]'],
      ['H-123-VB', '[kenteken]'],
      ['HVB-12-D', '[kenteken]'],
      ['H-12-VBD', '[kenteken]'],
      ['1-HV-123', '[kenteken]'],
      ['123-HV-1', '[kenteken]'],
      ['12-ABC-3', '[kenteken]'],
      ['gh-12-34 is de mijne', '[kenteken] is de mijne'],
      ['12-xbf-3', '[kenteken]'],
      ['hv-123-b', '[kenteken]'],
      ['12xbf3', '[kenteken]'],
      ['1XBF23', '[kenteken]'],
      ['1hv123', '[kenteken]'],
      ['1-ABC-123 (Belgisch)', '[kenteken] (Belgisch)'],
      ['kenteken 12abc3', 'kenteken [kenteken]'],
      ['kenteken hv123b', 'kenteken [kenteken]'],
      ['mijn auto: KL1234', 'mijn auto: [kenteken]'],
      ['Mijn auto heeft kenteken ab-12-34', 'Mijn auto heeft kenteken [kenteken]'],
      ['kenteken 12 XBF 3', 'kenteken [kenteken]'],
      ['de scooter met nummerplaat 1abc123', 'de scooter met nummerplaat [kenteken]'],
    ],
    kept: [
      'Factuur van 1-jan-24 klopt niet.',
      'Sinds 3-mrt-25 geen stroom.',
      'Een pakket van 2000 KG past niet.',
      'Een pakket van 2000KG past niet.',
      'Vlucht KL1234 vertrekt op tijd.',
      'Camera RX100V en X100FS op voorraad.',
      'Code ABC123 werkt niet.',
      'Het artikelnummer is WH-1000XM5, model KDL-55W805C.',
      'Sprinter 4567 rijdt niet.',
      'iPhone 15 en Galaxy S24 worden ondersteund.',
      'De automatische incasso van 12 maart.',
    ],
  },
];

describe.each(classes)('$name', ({ redacted, kept }) => {
  if (redacted.length > 0) {
    it.each(redacted)('redacts %j', (input, expected) => {
      expect(scrub(input, options).text).toBe(expected);
    });
  }
  it.each(kept)('keeps %j', (input) => {
    expect(scrub(input, options)).toEqual({ text: input, redacted: false, spans: [] });
  });
});

describe('isServiceNumber', () => {
  it.each([
    ['08001234', true],
    ['08000250250', true],
    ['09001234', true],
    ['09061234567', true],
    ['0881234567', true],
    ['080012345', true],
    ['070220000', true],
    ['078151515', true],
    ['0612345678', false],
    ['0701234567', false],
    ['0781234567', false],
    ['0851234567', false],
    ['0201234567', false],
  ] as const)('%s → %s', (digits, expected) => {
    expect(isServiceNumber(digits)).toBe(expected);
  });
});

describe('service numbers stay, but not when a word says they are something else', () => {
  it('a nine-digit number after "BSN" is a BSN even when it looks like a Belgian service number', () => {
    expect(scrub('mijn bsn is 070220000').text).toBe('mijn bsn is [bsn]');
  });
  it("a service number in front of the customer's own number keeps only the service number", () => {
    expect(scrub('Ik belde 0900-1234567 vanaf 06-12345678').text).toBe('Ik belde 0900-1234567 vanaf [telefoon]');
  });
});
