import { describe, expect, it } from 'vitest';
import { knownWordChecker } from '#lib/draft/spelling.ts';

const dutch = new Set(['korting', 'code', 'pakket', 'punt', 'retour', 'label', 'bestelling', 'minuten', 'geïncasseerd', 'uitstel']);
const texts = ['Latero stuurt een herinnering', 'Weer een mail van Latero', 'Hoe vraag ik uisttel aan?', 'Uisttel van betaling graag'];
const check = knownWordChecker({ nl: (word) => dutch.has(word), en: () => false }, texts, { nl: (word) => (word === 'uisttel' ? ['uitstel'] : []) });

describe('knownWordChecker', () => {
  it.each([
    ['bestelling', true],
    ['kortingscode', true],
    ['pakketpunt', true],
    ['retourlabel', true],
    ['latero', true],
    ['geïncasseerd', true],
    ['bestelin', false],
    ['miuten', false],
    // Repeated by customers, yet one swap away from a dictionary word.
    ['uisttel', false],
  ])('%s → %s', (word, known) => {
    expect(check(word, 'nl')).toBe(known);
  });
});
