import { describe, expect, it } from 'vitest';
import { knownWordChecker } from '../../../../../scripts/lib/draft/spelling.ts';

const dutch = new Set(['korting', 'code', 'pakket', 'punt', 'retour', 'label', 'bestelling', 'minuten', 'geïncasseerd']);
const check = knownWordChecker({ nl: (word) => dutch.has(word), en: () => false }, ['Latero stuurt een herinnering', 'Weer een mail van Latero']);

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
  ])('%s → %s', (word, known) => {
    expect(check(word, 'nl')).toBe(known);
  });
});
