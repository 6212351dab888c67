import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { detectLang, normalize, splitCompound, stemDutch, stemEnglish, tokens } from '#core/text/index.ts';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer: (lang: string) => { stem: (w: string) => string } };

describe('normalize', () => {
  it.each([
    ['@VeldlichtNL Waarom is mijn factuur HOGER??', 'waarom is mijn factuur hoger'],
    ['Één café, ëën reçu', 'een cafe een recu'],
    ['Mail me op [e-mail] of bel [telefoon]', 'mail me op of bel'],
    ['zie https://t.co/abc123 en www.veldlicht.nl/help', 'zie en'],
    ['jan@example.nl mailde 😡🙏', 'mailde'],
    ['RT @bol: Wanneer komt mijn pakket?', 'wanneer komt mijn pakket'],
    ["I'm still waiting — it's been 3 days", "i'm still waiting it's been 3 days"],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('stemmers match the reference Snowball implementation', () => {
  it('English (Porter2)', () => {
    const reference = snowball.newStemmer('english');
    const words = [
      'generously',
      'running',
      'happiness',
      'cards',
      'activation',
      'transferred',
      'charged',
      'skies',
      'dying',
      'news',
      'controlling',
      'relational',
      'hopeful',
      'communism',
      'arsenal',
      'agreed',
      'feed',
      'cried',
      'ties',
    ];
    for (const word of words) expect(stemEnglish(word), word).toBe(reference.stem(word));
  });
  it('Dutch', () => {
    const reference = snowball.newStemmer('dutch');
    const words = [
      'opzegtermijn',
      'bestellingen',
      'vriendelijk',
      'betaalbaar',
      'mogelijkheden',
      'pakketten',
      'lichamelijke',
      'maand',
      'geleverd',
      'ideeen',
      'zoekende',
      'brood',
      'kinderen',
      'betalingsregeling',
      'meterstanden',
      'afgeschreven',
    ];
    for (const word of words) expect(stemDutch(word), word).toBe(reference.stem(word));
  });
});

describe('splitCompound', () => {
  it.each([
    ['opzegtermijn', ['opzeg', 'termijn']],
    ['termijnbedrag', ['termijn', 'bedrag']],
    ['klantnummer', ['klant', 'nummer']],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });
  it('leaves a bare head or short words alone', () => {
    expect(splitCompound('termijn')).toBeNull();
    expect(splitCompound('nummer')).toBeNull();
  });
});

describe('tokens', () => {
  it('drops stop words of both languages and stems', () => {
    expect(tokens('Hoe kan ik mijn wachtwoord wijzigen?', 'nl')).toEqual(['wachtwoord', 'wijzig']);
    expect(tokens('How do I activate my cards?', 'en')).toEqual(['how', 'activ', 'card']);
  });
  it('adds the parts of Dutch compounds so they meet the separate words', () => {
    const compound = tokens('Mijn opzegtermijn', 'nl');
    const separate = tokens('de termijn om op te zeggen', 'nl');
    expect(compound).toContain('termijn');
    expect(separate).toContain('termijn');
  });
  it('keeps the English particles and quantities that change what is asked', () => {
    expect(tokens('How do I top up my card?', 'en')).toEqual(['how', 'top', 'up', 'card']);
    expect(tokens('Can I get a few more cards?', 'en')).toEqual(['get', 'few', 'more', 'card']);
    expect(tokens('I was logged out again', 'en')).toEqual(['log', 'out', 'again']);
    expect(tokens('How do I top up my card?', 'en')).not.toEqual(tokens('How do I top my card?', 'en'));
  });
  it('is typo- and case-insensitive where normalisation can be', () => {
    expect(tokens('BESTELLING', 'nl')).toEqual(tokens('bestelling', 'nl'));
    expect(tokens('Bestélling', 'nl')).toEqual(tokens('bestelling', 'nl'));
  });
});

describe('detectLang', () => {
  it.each([
    ['Waarom is mijn pakket nog steeds niet binnen?', 'nl'],
    ['Why has my card not arrived yet?', 'en'],
    // Words kept as search terms still count as evidence of English.
    ['Top up again?', 'en'],
    ['😡😡', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
