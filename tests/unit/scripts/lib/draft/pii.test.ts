import { describe, expect, it } from 'vitest';
import { containsContactDetails, redactContactDetails } from '#lib/draft/pii.ts';

describe('redactContactDetails', () => {
  it.each([
    ['Mail jan.jansen@gmail.com', 'Mail [e-mail]'],
    ['Mail jan punt jansen apenstaartje gmail punt com', 'Mail [e-mail]'],
    ['Bel 06.12.34.56.78', 'Bel [telefoon]'],
    ['Bel +31 (0)6 12345678', 'Bel [telefoon]'],
    ['Bel 0 6 1 2 3 4 5 6 7 8', 'Bel [telefoon]'],
  ])('removes %j', (input, expected) => {
    expect(redactContactDetails(input, ['0800-0250250'])).toBe(expected);
  });

  it.each(['Bel gratis 0800-0250250.', 'Bel 0800 0250 250.', 'Bel 0900-9292 voor reisinformatie.', 'Bel 088-1234567.', 'Bel 0900 1234.'])(
    "keeps the company's number and service numbers: %j",
    (input) => {
      expect(redactContactDetails(input, ['0800-0250250'])).toBe(input);
      expect(containsContactDetails(input, ['0800-0250250'])).toBe(false);
    },
  );
});
