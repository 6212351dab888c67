import { describe, expect, it } from 'vitest';
import { iban, ibanCheckDigits, personAt } from '#lib/synth/people.ts';
import { createRandom } from '#lib/synth/random.ts';

describe('ibanCheckDigits', () => {
  it('matches the published example IBAN', () => {
    expect(ibanCheckDigits('NL', 'ABNA', '0417164300')).toBe('91');
  });
});

describe('iban', () => {
  it('writes Dutch IBANs that pass the mod-97 check, grouped or compact', () => {
    const random = createRandom(5);
    for (let i = 0; i < 200; i++) {
      const value = iban(random).replace(/ /g, '');
      expect(value).toMatch(/^NL\d{2}[A-Z]{4}\d{10}$/);
      const numeric = (value.slice(4) + value.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
      expect(BigInt(numeric) % 97n).toBe(1n);
    }
  });
});

describe('personAt', () => {
  it('gives the same person for the same index, so repeat customers need no memory', () => {
    expect(personAt(1, 17)).toEqual(personAt(1, 17));
    expect(personAt(1, 17)).not.toEqual(personAt(1, 18));
  });

  it('derives a valid X handle and e-mail address', () => {
    for (let i = 0; i < 300; i++) {
      const person = personAt(9, i);
      expect(person.handle).toMatch(/^@[a-z0-9_]{2,15}$/);
      expect(person.email).toMatch(/^[a-z.]+\d*@[a-z]+\.[a-z]+$/);
    }
  });
});
