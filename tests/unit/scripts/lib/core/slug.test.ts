import { describe, expect, it } from 'vitest';
import { slugOf } from '#core/slug.ts';

describe('slugOf', () => {
  it.each([
    ['Waar blijft mijn pakket?', 'waar-blijft-mijn-pakket'],
    ['Bezorging & retour', 'bezorging-retour'],
    ['Prijs per m³ gas', 'prijs-per-m3-gas'],
    ['Straße', 'strasse'],
    ['?!', ''],
  ])('%s → %s', (text, slug) => expect(slugOf(text)).toBe(slug));

  it('cuts at a hyphen within 60 characters by default', () => {
    const slug = slugOf('Waarom is mijn termijnbedrag verhoogd terwijl ik minder energie verbruik dan vorig jaar');
    expect(slug).toBe('waarom-is-mijn-termijnbedrag-verhoogd-terwijl-ik-minder');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('keeps the whole text with maxLength Infinity', () => {
    const text = 'een '.repeat(30);
    expect(slugOf(text, { maxLength: Infinity })).toBe(Array(30).fill('een').join('-'));
  });

  it('cuts a single word longer than the cap at the cap', () => {
    expect(slugOf('a'.repeat(70))).toBe('a'.repeat(60));
  });
});
